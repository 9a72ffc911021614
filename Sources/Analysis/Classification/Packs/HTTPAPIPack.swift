/// HTTP requests to infrastructure APIs that delete: REST DELETEs and GraphQL mutations.
enum HTTPAPIPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: [],
        kinds: ["http.request"])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "http-api")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "http-api",
          "description": "HTTP requests to infrastructure APIs that delete things: DELETE requests, GraphQL mutations whose root fields delete, remove, destroy, wipe, reset, detach or restore (Railway first), and GraphQL requests whose operation cannot be read.",
          "rules": [
            {
              "id": "http.graphql.destructive-mutation",
              "category": "http-api",
              "flags": ["destructive", "irreversible"],
              "message": "a GraphQL mutation on an infrastructure API that deletes, removes, destroys, wipes, resets, detaches or restores",
              "alternative": "do it from the provider's dashboard or CLI with a human's approval; never with a token found in the code",
              "match": {
                "action": "http.request",
                "host": ["backboard.railway.app", "backboard.railway.com", "api.github.com", "api.fly.io", "gitlab.com", "api.linear.app",
                         "api.cloudflare.com", "api.render.com", "api.hasura.io", "cloud.hasura.io", "api.netlify.com", "api.vercel.com"],
                "graphql": {"operation": "mutation",
                            "field": {"contains": ["delete", "remove", "destroy", "wipe", "reset", "detach", "restore", "purge", "terminate", "drop", "erase", "truncate"],
                                      "ignoreCase": true}}
              }
            },
            {
              "id": "http.graphql.unreadable",
              "category": "http-api",
              "flags": ["destructive", "irreversible"],
              "message": "a request to an infrastructure GraphQL API whose operation Warden cannot read (from a file, a variable, or not valid GraphQL); it may delete",
              "alternative": "send the query inline as literal text so it can be checked",
              "match": {
                "action": "http.request",
                "host": ["backboard.railway.app", "backboard.railway.com", "api.github.com", "api.fly.io", "gitlab.com"],
                "path": ["/graphql", "/graphql/**", "/api/graphql"],
                "unreadableBody": true
              },
              "unless": [{"method": ["GET", "HEAD", "OPTIONS"]}]
            },
            {
              "id": "http.delete.infrastructure",
              "category": "http-api",
              "flags": ["destructive"],
              "message": "an HTTP DELETE to an infrastructure or hosting API",
              "alternative": "use the provider's CLI or dashboard with a human's approval",
              "match": {
                "action": "http.request",
                "method": "DELETE",
                "host": ["api.github.com", "api.cloudflare.com", "api.digitalocean.com", "api.heroku.com", "api.vercel.com", "api.netlify.com",
                         "api.fly.io", "api.machines.dev", "backboard.railway.app", "backboard.railway.com", "api.render.com", "api.linode.com",
                         "api.hetzner.cloud", "api.supabase.com", "console.neon.tech", "api.neon.tech", "api.planetscale.com", "management.azure.com",
                         "*.googleapis.com", "*.amazonaws.com", "gitlab.com", "api.vultr.com", "api.scaleway.com", "*.api.scaleway.com",
                         "api.exoscale.com", "api.upcloud.com", "api.pulumi.com", "app.terraform.io", "api.mongodb.com", "cloud.mongodb.com",
                         "api.redislabs.com", "api.upstash.com", "api.turso.tech", "api.doppler.com", "api.datadoghq.com", "*.blob.core.windows.net",
                         "*.vault.azure.net", "*.r2.cloudflarestorage.com", "storage.googleapis.com"]
              }
            },
            {
              "id": "http.delete.infrastructure-data",
              "category": "http-api",
              "flags": ["destructive", "irreversible"],
              "message": "an HTTP DELETE of a repository, server, volume, database, bucket or project through a provider's API",
              "alternative": "ask a human to delete it from the provider's dashboard",
              "match": [
                {"action": "http.request", "method": "DELETE", "host": "api.github.com", "path": ["/repos/*/*", "/orgs/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.digitalocean.com",
                 "path": ["/v2/droplets/*", "/v2/volumes/*", "/v2/databases/*", "/v2/databases/*/dbs/*", "/v2/snapshots/*", "/v2/apps/*", "/v2/kubernetes/clusters/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.heroku.com", "path": ["/apps/*", "/addons/*", "/apps/*/addons/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.vercel.com", "path": ["/v*/projects/*", "/v*/deployments/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.netlify.com", "path": ["/api/v1/sites/*"]},
                {"action": "http.request", "method": "DELETE", "host": ["api.machines.dev", "api.fly.io"], "path": ["/v1/apps/*", "/v1/apps/*/volumes/*", "/v1/apps/*/machines/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.render.com", "path": ["/v1/services/*", "/v1/postgres/*", "/v1/redis/*", "/v1/disks/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.linode.com", "path": ["/v4/linode/instances/*", "/v4/volumes/*", "/v4/databases/*/instances/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.hetzner.cloud", "path": ["/v1/servers/*", "/v1/volumes/*", "/v1/images/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.supabase.com", "path": ["/v1/projects/*", "/v1/projects/*/branches/*", "/v1/branches/*"]},
                {"action": "http.request", "method": "DELETE", "host": ["console.neon.tech", "api.neon.tech"], "path": ["/api/v2/projects/*", "/api/v2/projects/*/branches/*", "/api/v2/projects/*/branches/*/databases/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.planetscale.com", "path": ["/v1/organizations/*/databases/*", "/v1/organizations/*/databases/*/branches/*"]},
                {"action": "http.request", "method": "DELETE", "host": "api.cloudflare.com",
                 "path": ["/client/v4/zones/*", "/client/v4/accounts/*/r2/buckets/*", "/client/v4/accounts/*/d1/database/*", "/client/v4/accounts/*/workers/scripts/*",
                          "/client/v4/accounts/*/storage/kv/namespaces/*"]},
                {"action": "http.request", "method": "DELETE", "host": "management.azure.com", "path": ["/subscriptions/*/resourcegroups/*", "/subscriptions/*/resourceGroups/*"]},
                {"action": "http.request", "method": "DELETE", "host": ["*.googleapis.com"], "path": ["/v1/projects/*", "/v1beta1/projects/*", "/sql/v1beta4/projects/*/instances/*", "/storage/v1/b/*", "/compute/v1/projects/*/zones/*/disks/*", "/compute/v1/projects/*/zones/*/instances/*"]}
              ]
            },
            {
              "id": "http.aws.query-delete",
              "category": "http-api",
              "flags": ["destructive"],
              "message": "a raw AWS API call whose action deletes or terminates resources",
              "alternative": "use the AWS CLI with --dry-run, and ask a human",
              "match": {"action": "http.request", "host": "*.amazonaws.com",
                        "url": {"contains": ["action=delete", "action=terminate", "action=purge", "action=remove", "action=deregister"], "ignoreCase": true}}
            }
          ]
        }
        """#
}
