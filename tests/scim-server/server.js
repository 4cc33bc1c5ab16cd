// A SCIM 2.0 service provider for SyncStudio's connector tests: the protocol, filters, PATCH
// and schema checks are SCIMMY's (npm scimmy + scimmy-routers on express); this file adds
// storage in memory, authentication, ETags (meta.version, If-Match) and switches that make
// the server answer 429 or 503 a given number of times, so tests can see the retries.
//
// Usage: node server.js PORT [--token TOKEN] [--basic USER:PASSWORD] [--port-file FILE]
//                      [--tls-cert CERT.pem --tls-key KEY.pem]
//   PORT 0 picks a free port. Prints "listening http://127.0.0.1:<port>/scim/v2" on stdout
//   (and writes that URL to FILE) once it accepts connections. Listens on 127.0.0.1 only;
//   with a certificate and key, over HTTPS.
//
// Test controls (no authentication, loopback only):
//   POST /control/throttle {"times": N, "retryAfter": S}  the next N SCIM requests get 429
//                                                        with "Retry-After: S"
//   POST /control/fail {"times": N, "status": 503}        the next N SCIM requests get status
//   POST /control/reset                                   forget every user and group
//   GET  /control/stats                                   {"requests": n, "throttled": n, ...}
import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";
import {randomUUID} from "node:crypto";
import {readFileSync, writeFileSync} from "node:fs";
import {createServer} from "node:https";

const args = process.argv.slice(2);
const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(args[0] ?? 0);
const token = option("--token");
const basic = option("--basic");
const portFile = option("--port-file");
const tlsCert = option("--tls-cert");
const tlsKey = option("--tls-key");
if (Number.isNaN(port) || (!token && !basic)) {
    console.error("usage: node server.js PORT [--token TOKEN] [--basic USER:PASSWORD] [--port-file FILE]");
    process.exit(2);
}

// Storage: one Map per resource type, in creation order so paging is stable.
const stores = {Users: new Map(), Groups: new Map()};
const stats = {requests: 0, throttled: 0, failed: 0};
let throttle = {times: 0, retryAfter: 1};
let failure = {times: 0, status: 503};

const now = () => new Date().toISOString();

function declare(Resource, store, uniqueAttribute) {
    Resource
        .ingress((resource, instance) => {
            const unique = instance[uniqueAttribute];
            for (const [id, existing] of store) {
                if (id !== resource.id && String(existing[uniqueAttribute]).toLowerCase() === String(unique).toLowerCase())
                    throw new SCIMMY.Types.Error(409, "uniqueness", `${uniqueAttribute} "${unique}" is already taken`);
            }
            if (resource.id) {
                const existing = store.get(resource.id);
                if (!existing)
                    throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
                const version = Number(existing.meta.version.replace(/\D/g, "")) + 1;
                const updated = {...JSON.parse(JSON.stringify(instance)), id: resource.id,
                    meta: {...existing.meta, lastModified: now(), version: `W/"${version}"`}};
                store.set(resource.id, updated);
                return updated;
            }
            const id = randomUUID();
            const created = {...JSON.parse(JSON.stringify(instance)), id,
                meta: {created: now(), lastModified: now(), version: 'W/"1"'}};
            store.set(id, created);
            return created;
        })
        .egress((resource) => {
            if (resource.id) {
                const found = store.get(resource.id);
                if (!found)
                    throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
                return found;
            }
            const all = [...store.values()];
            if (!resource.filter)
                return all;
            // One resource at a time: scimmy's match throws on a resource that lacks a
            // complex attribute the filter names (emails.value on a user without emails),
            // which must simply not match.
            return all.filter((r) => {
                try {
                    return resource.filter.match([r]).length > 0;
                } catch {
                    return false;
                }
            });
        })
        .degress((resource) => {
            if (!store.delete(resource.id))
                throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
        });
    SCIMMY.Resources.declare(Resource);
}

declare(SCIMMY.Resources.User, stores.Users, "userName");
declare(SCIMMY.Resources.Group, stores.Groups, "displayName");

function authenticate(request) {
    const header = request.header("Authorization") ?? "";
    if (token && header === `Bearer ${token}`)
        return "tester";
    if (basic && header === `Basic ${Buffer.from(basic).toString("base64")}`)
        return "tester";
    throw new Error(header ? "Invalid credentials" : "Authorization header missing");
}

const app = express();

app.post("/control/throttle", express.json(), (req, res) => {
    throttle = {times: Number(req.body.times ?? 1), retryAfter: Number(req.body.retryAfter ?? 1)};
    res.json(throttle);
});
app.post("/control/fail", express.json(), (req, res) => {
    failure = {times: Number(req.body.times ?? 1), status: Number(req.body.status ?? 503)};
    res.json(failure);
});
app.post("/control/reset", (req, res) => {
    stores.Users.clear();
    stores.Groups.clear();
    throttle = {times: 0, retryAfter: 1};
    failure = {times: 0, status: 503};
    res.json({reset: true});
});
app.get("/control/stats", (req, res) => res.json(stats));

// Rate limits and outages come before authentication, as they do in front of real services.
app.use("/scim/v2", (req, res, next) => {
    stats.requests++;
    if (throttle.times > 0) {
        throttle.times--;
        stats.throttled++;
        res.status(429).set("Retry-After", String(throttle.retryAfter)).type("application/scim+json")
            .send({schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "429",
                   detail: "Too many requests"});
        return;
    }
    if (failure.times > 0) {
        failure.times--;
        stats.failed++;
        res.status(failure.status).type("application/scim+json")
            .send({schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
                   status: String(failure.status), detail: "Service unavailable"});
        return;
    }
    next();
});

// ETags: a resource's meta.version is its ETag; a write with If-Match that names another
// version is refused with 412 (RFC 7644 section 3.14).
app.use("/scim/v2/:type/:id", (req, res, next) => {
    const store = stores[req.params.type];
    const match = req.header("If-Match");
    if (!store || !match || !["PUT", "PATCH", "DELETE"].includes(req.method))
        return next();
    const existing = store.get(req.params.id);
    if (existing && match !== "*" && match !== existing.meta.version) {
        res.status(412).type("application/scim+json")
            .send({schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "412",
                   detail: `Resource ${req.params.id} is at version ${existing.meta.version}, not ${match}`});
        return;
    }
    next();
});
app.use("/scim/v2", (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body) => {
        const version = body?.meta?.version;
        if (version && !res.get("ETag"))
            res.set("ETag", version);
        return send(body);
    };
    next();
});

app.use("/scim/v2", new SCIMMYRouters({
    type: token ? "bearer" : "basic",
    docUri: "https://example.com/syncstudio-scim-test",
    handler: authenticate,
}));

const server = (tlsCert && tlsKey
    ? createServer({cert: readFileSync(tlsCert), key: readFileSync(tlsKey)}, app)
    : app).listen(port, "127.0.0.1", () => {
    const url = `${tlsCert ? "https" : "http"}://127.0.0.1:${server.address().port}/scim/v2`;
    if (portFile)
        writeFileSync(portFile, url + "\n");
    console.log(`listening ${url}`);
});
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
