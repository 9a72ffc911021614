#!/usr/bin/env python3
"""Deterministic benchmark inputs for Warden's Cedar engine and for the Rust peer (cedarpy).

Writes, for each scenario, policies.cedar, entities.json and requests.json into OUT/<scenario>/:
  agents-10, agents-100, agents-1000  realistic agent-governance policy sets (Warden's packs, per-agent scopes)
  gdrive, github, tinytodo            shapes like the Cedar paper's benchmarks (hierarchies, sharing, roles)
Usage: generate_inputs.py OUT [--requests N]
"""
import json
import os
import random
import sys

AGENTS_PER_TEAM = 5
TOOLS = ["Bash", "Read", "Write", "Edit", "Grep", "WebFetch", "mcp__github__create_issue", "mcp__db__query"]
ACTIONS = ["shell.exec", "file.read", "file.write", "file.delete", "http.request", "sql.exec", "mcp.call",
           "credential.use"]
CATEGORIES = ["filesystem", "git", "database", "containers", "kubernetes", "terraform", "cloud", "paas", "secrets"]


def uid(t, i):
    return {"type": t, "id": i}


def entity(t, i, attrs=None, parents=()):
    return {"uid": uid(t, i), "attrs": attrs or {}, "parents": [uid(pt, pi) for pt, pi in parents]}


def agent_policies(n, rng):
    """Warden-like packs first (kill switch, secrets, control, baseline), then per-agent scope policies."""
    packs = [
        '@id("kill-irreversible")\n@effect("kill")\n@reason("irreversible infrastructure actions end the session")\n'
        'forbid (principal, action, resource)\nwhen { context.analysis.irreversible && context.analysis.categories.contains("cloud") };',
        '@id("kill-tamper")\n@effect("kill")\n@reason("agents never modify Warden itself")\n'
        'forbid (principal, action in [Action::"file.write", Action::"file.delete"], resource is File)\n'
        'when { resource.path like "*/.warden/*" };',
        '@id("secrets-never-read")\n@reason("secret files never enter the agent context")\n'
        'forbid (principal, action == Action::"file.read", resource is File)\nwhen { resource.secret || context.secretsFound > 0 };',
        '@id("credential-out-of-scope")\n@effect("kill")\n@reason("credentials are used only inside the declared scope")\n'
        'forbid (principal, action == Action::"credential.use", resource)\nunless { context.scope.credentialInScope };',
        '@id("approve-force-push")\n@effect("approve")\n@reason("force pushes need a human")\n'
        'forbid (principal, action == Action::"shell.exec", resource)\nwhen { context.analysis.ruleIds.contains("git.force-push") };',
        '@id("hosts-in-scope")\n@reason("agents reach only the hosts in their scope")\n'
        'forbid (principal, action == Action::"http.request", resource is Host)\nunless { context.scope.hostInScope };',
        '@id("destructive-sql-approve")\n@effect("approve")\n@reason("destructive SQL needs a human")\n'
        'forbid (principal, action == Action::"sql.exec", resource)\nwhen { context.analysis.destructive && context.environment == "production" };',
        '@id("baseline-read")\n@reason("reading project files is fine")\n'
        'permit (principal, action == Action::"file.read", resource is File)\nwhen { context.scope.fileInScope };',
        '@id("baseline-shell")\n@reason("non-destructive commands in scope are fine")\n'
        'permit (principal, action == Action::"shell.exec", resource)\nunless { context.analysis.destructive || context.analysis.opaque };',
        '@id("rate-limit")\n@reason("at most 600 actions per session hour")\n'
        'forbid (principal is Session, action, resource)\nwhen { context.counters.actionsLastHour > 600 };',
    ]
    policies = packs[: min(n, len(packs))]
    agents = max(1, n // 4)
    i = 0
    while len(policies) < n:
        a = f"agent-{i % agents}"
        kind = i % 6
        action = ACTIONS[i % len(ACTIONS)]
        if kind == 0:
            p = (f'@id("scope-{i}")\npermit (principal in Agent::"{a}", action == Action::"{action}", resource)\n'
                 f'when {{ context.environment == "staging" && context.task like "*fix*" }};')
        elif kind == 1:
            p = (f'@id("write-{i}")\npermit (principal in Agent::"{a}", action == Action::"file.write", resource is File)\n'
                 f'when {{ resource.path like "/work/project-{i % 17}/*" && !resource.secret }};')
        elif kind == 2:
            p = (f'@id("tool-{i}")\npermit (principal in Agent::"{a}", action == Action::"mcp.call", resource == Tool::"{TOOLS[i % len(TOOLS)]}")\n'
                 f'when {{ context has arguments && context.arguments has query }};')
        elif kind == 3:
            p = (f'@id("deny-cat-{i}")\nforbid (principal in Agent::"{a}", action, resource)\n'
                 f'when {{ context.analysis.categories.contains("{CATEGORIES[i % len(CATEGORIES)]}") && context.hour < {6 + i % 3} }};')
        elif kind == 4:
            p = (f'@id("host-{i}")\npermit (principal in Team::"team-{i % 7}", action == Action::"http.request", resource is Host)\n'
                 f'when {{ resource.name like "*.internal-{i % 11}.example.com" && context.method != "DELETE" }};')
        else:
            p = (f'@id("cred-{i}")\npermit (principal == Agent::"{a}", action == Action::"credential.use", resource == Credential::"cred-{i}")\n'
                 f'when {{ context.environment == "staging" }};')
        policies.append(p)
        i += 1
    entities = []
    for t in range(7):
        entities.append(entity("Team", f"team-{t}"))
    for a in range(agents):
        entities.append(entity("Agent", f"agent-{a}", {"owner": f"owner-{a}"}, [("Team", f"team-{a % 7}")]))
        for s in range(2):
            entities.append(entity("Session", f"agent-{a}-s{s}", {"task": "fix staging credentials"}, [("Agent", f"agent-{a}")]))
    for f in range(40):
        entities.append(entity("File", f"f{f}", {"path": f"/work/project-{f % 17}/src/file{f}.ts", "secret": f % 13 == 0}))
    for h in range(20):
        entities.append(entity("Host", f"h{h}", {"name": f"api.internal-{h % 11}.example.com"}))
    requests = []
    for r in range(200):
        a = rng.randrange(agents)
        action = ACTIONS[rng.randrange(len(ACTIONS))]
        resource = {"file.read": ("File", f"f{rng.randrange(40)}"), "file.write": ("File", f"f{rng.randrange(40)}"),
                    "file.delete": ("File", f"f{rng.randrange(40)}"), "http.request": ("Host", f"h{rng.randrange(20)}"),
                    "mcp.call": ("Tool", TOOLS[rng.randrange(len(TOOLS))]),
                    "credential.use": ("Credential", f"cred-{rng.randrange(n)}")}.get(action, ("Command", f"cmd{r}"))
        context = {
            "environment": rng.choice(["staging", "production"]),
            "task": "fix the staging credential mismatch",
            "hour": rng.randrange(24),
            "method": rng.choice(["GET", "POST", "DELETE"]),
            "secretsFound": rng.choice([0, 0, 0, 1]),
            "analysis": {"irreversible": rng.random() < 0.05, "destructive": rng.random() < 0.2,
                         "opaque": rng.random() < 0.05,
                         "categories": rng.sample(CATEGORIES, 2), "ruleIds": rng.choice([[], ["git.force-push"]])},
            "scope": {"fileInScope": rng.random() < 0.8, "hostInScope": rng.random() < 0.7,
                      "credentialInScope": rng.random() < 0.9},
            "counters": {"actionsLastHour": rng.randrange(700)},
            "arguments": {"query": "select 1"},
        }
        principal = uid("Session", f"agent-{a}-s{rng.randrange(2)}") if r % 2 else uid("Agent", f"agent-{a}")
        requests.append({"principal": principal, "action": uid("Action", action),
                         "resource": uid(*resource), "context": context})
    return "\n\n".join(policies) + "\n", entities, requests


def gdrive(rng):
    users, groups, folders, docs = 100, 20, 50, 400
    ents = [entity("Group", f"g{g}") for g in range(groups)]
    ents += [entity("User", f"u{u}", {}, [("Group", f"g{u % groups}"), ("Group", f"g{(u * 7) % groups}")]) for u in range(users)]
    ents += [entity("Folder", f"f{f}", {"owner": {"__entity": uid("User", f"u{f % users}")}},
                    [("Folder", f"f{f // 2}")] if f else []) for f in range(folders)]
    ents += [entity("Document", f"d{d}", {"owner": {"__entity": uid("User", f"u{d % users}")}, "isPublic": d % 10 == 0},
                    [("Folder", f"f{d % folders}")]) for d in range(docs)]
    pols = [
        'permit (principal, action == Action::"view", resource) when { resource has isPublic && resource.isPublic };',
        'permit (principal, action in [Action::"view", Action::"edit", Action::"delete"], resource) when { resource.owner == principal };',
    ]
    for s in range(100):  # sharing: per-folder and per-document grants to users and groups
        target = f'Folder::"f{s % folders}"' if s % 2 else f'Document::"d{(s * 13) % docs}"'
        who = f'Group::"g{s % groups}"' if s % 3 else f'User::"u{s % users}"'
        act = "view" if s % 4 else "edit"
        pols.append(f'permit (principal in {who}, action == Action::"{act}", resource in {target});')
    reqs = [{"principal": uid("User", f"u{rng.randrange(users)}"), "action": uid("Action", rng.choice(["view", "edit", "delete"])),
             "resource": uid("Document", f"d{rng.randrange(docs)}"), "context": {}} for _ in range(200)]
    return "\n".join(pols) + "\n", ents, reqs


def github(rng):
    users, teams, orgs, repos = 100, 20, 3, 60
    ents = [entity("Org", f"o{o}") for o in range(orgs)]
    ents += [entity("Team", f"t{t}", {}, [("Team", f"t{t // 3}")] if t >= 3 else []) for t in range(teams)]
    ents += [entity("User", f"u{u}", {}, [("Team", f"t{u % teams}")]) for u in range(users)]
    roles = ["readers", "triagers", "writers", "maintainers", "admins"]
    for r in range(repos):
        for i, role in enumerate(roles):
            ents.append(entity("UserGroup", f"r{r}-{role}", {}, [("UserGroup", f"r{r}-{roles[i + 1]}")] if i + 1 < len(roles) else []))
        ents.append(entity("Repository", f"r{r}", {role: {"__entity": uid("UserGroup", f"r{r}-{role}")} for role in roles}, [("Org", f"o{r % orgs}")]))
    for u in range(users):  # users join repo role groups
        ents.append(entity("User", f"x{u}", {}, [("UserGroup", f"r{u % repos}-{roles[u % 5]}")]))
    pols = []
    for action, role in [("pull", "readers"), ("fork", "readers"), ("push", "writers"), ("add_reader", "admins"),
                         ("add_writer", "admins"), ("delete_issue", "maintainers"), ("edit_issue", "triagers"),
                         ("assign_issue", "triagers")]:
        pols.append(f'permit (principal, action == Action::"{action}", resource is Repository) when {{ principal in resource.{role} }};')
    pols.append('forbid (principal, action == Action::"push", resource) when { resource has archived && resource.archived };')
    reqs = []
    for _ in range(200):
        u = rng.randrange(users)
        repo = u % repos if rng.random() < 0.5 else rng.randrange(repos)  # half the time, a repo the user is in
        reqs.append({"principal": uid("User", f"x{u}"),
                     "action": uid("Action", rng.choice(["pull", "push", "fork", "add_reader", "edit_issue"])),
                     "resource": uid("Repository", f"r{repo}"), "context": {}})
    return "\n".join(pols) + "\n", ents, reqs


def tinytodo(rng):
    users, teams, lists = 50, 10, 100
    ents = [entity("Application", "TinyTodo")]
    ents += [entity("Team", f"t{t}", {}, [("Team", f"t{t // 2}")] if t else []) for t in range(teams)]
    ents += [entity("User", f"u{u}", {"joblevel": u % 10, "location": "ABC17"}, [("Team", f"t{u % teams}")]) for u in range(users)]
    ents += [entity("List", f"l{l}", {"owner": {"__entity": uid("User", f"u{l % users}")},
                                      "readers": {"__entity": uid("Team", f"t{l % teams}")},
                                      "editors": {"__entity": uid("Team", f"t{(l + 1) % teams}")}},
                    [("Application", "TinyTodo")]) for l in range(lists)]
    pols = [
        'permit (principal, action in [Action::"CreateList", Action::"GetLists"], resource == Application::"TinyTodo");',
        'permit (principal, action, resource is List) when { resource.owner == principal };',
        'permit (principal, action == Action::"GetList", resource) when { principal in resource.readers || principal in resource.editors };',
        'permit (principal, action in [Action::"UpdateList", Action::"CreateTask", Action::"UpdateTask", Action::"DeleteTask"], resource) when { principal in resource.editors };',
        'forbid (principal, action in [Action::"UpdateList", Action::"CreateTask", Action::"UpdateTask", Action::"DeleteTask"], resource == Application::"TinyTodo") when { principal.joblevel < 3 };',
    ]
    reqs = [{"principal": uid("User", f"u{rng.randrange(users)}"),
             "action": uid("Action", rng.choice(["GetList", "UpdateList", "CreateTask", "DeleteList"])),
             "resource": uid("List", f"l{rng.randrange(lists)}"), "context": {}} for _ in range(200)]
    return "\n".join(pols) + "\n", ents, reqs


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    scenarios = {
        "agents-10": lambda r: agent_policies(10, r),
        "agents-100": lambda r: agent_policies(100, r),
        "agents-1000": lambda r: agent_policies(1000, r),
        "gdrive": gdrive,
        "github": github,
        "tinytodo": tinytodo,
    }
    for name, make in scenarios.items():
        rng = random.Random(20261125)
        policies, entities, requests = make(rng)
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "policies.cedar"), "w") as f:
            f.write(policies)
        with open(os.path.join(folder, "entities.json"), "w") as f:
            json.dump(entities, f)
        with open(os.path.join(folder, "requests.json"), "w") as f:
            json.dump(requests, f)
        print(f"{name}: {policies.count(';')} policies, {len(entities)} entities, {len(requests)} requests")


if __name__ == "__main__":
    main()
