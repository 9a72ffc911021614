/// Docker, Podman and Compose commands that remove containers, images, volumes and networks.
enum ContainersPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: ["docker", "docker-compose", "nerdctl", "podman", "podman-compose"],
        kinds: [])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "containers")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "containers",
          "description": "Docker, Podman, nerdctl and Compose commands that kill or remove containers, images, volumes and networks.",
          "programs": {
            "docker": {"optionsWithValue": ["-H", "--host", "--context", "-c", "--config", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey"]},
            "podman": {"optionsWithValue": ["--connection", "-c", "--url", "--root", "--runroot", "--log-level", "--identity"]},
            "nerdctl": {"optionsWithValue": ["-n", "--namespace", "-a", "--address", "-H", "--host"]},
            "docker-compose": {"optionsWithValue": ["-p", "--project-name", "--profile", "--env-file", "--project-directory", "-H", "--host", "--context"]},
            "podman-compose": {"optionsWithValue": ["-p", "--project-name", "--profile", "--env-file"]}
          },
          "rules": [
            {
              "id": "containers.rm.force",
              "category": "containers",
              "flags": ["destructive", "irreversible"],
              "message": "removes containers by force, killing them if running and losing data not in a volume",
              "alternative": "docker stop the container first and check nothing in it is needed (docker diff)",
              "match": {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"],
                        "subcommand": ["rm", "container rm", "container remove"],
                        "flags": ["-f", "--force", "-v", "--volumes"]}
            },
            {
              "id": "containers.rm.all",
              "category": "containers",
              "flags": ["destructive", "irreversible"],
              "message": "removes every container (the list comes from docker ps -a or --all)",
              "alternative": "remove the specific containers you started, by name",
              "match": {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"],
                        "subcommand": ["rm", "container rm", "container remove", "rmi", "image rm", "volume rm", "stop", "kill"],
                        "operand": {"contains": ["$(docker ps", "$(docker images", "$(docker volume ls", "$(podman ps", "`docker ps"]}}
            },
            {
              "id": "containers.kill",
              "category": "containers",
              "flags": ["destructive"],
              "message": "kills running containers without a clean shutdown",
              "alternative": "docker stop (lets the process shut down cleanly)",
              "match": {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": ["kill", "container kill"]}
            },
            {
              "id": "containers.image.remove",
              "category": "containers",
              "flags": ["destructive"],
              "message": "removes container images (they must be rebuilt or pulled again)",
              "alternative": "remove the specific image tags you built, or docker image prune without -a",
              "match": [
                {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": ["rmi", "image rm", "image remove"]},
                {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": "image prune", "flags": ["-a", "--all"]}
              ]
            },
            {
              "id": "containers.system.prune",
              "category": "containers",
              "flags": ["destructive"],
              "message": "docker system prune removes stopped containers, unused networks, images and build cache",
              "alternative": "remove the specific containers or images you created, by name",
              "match": {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": ["system prune", "container prune", "builder prune", "buildx prune", "network prune"]},
              "unless": [{"flags": ["--volumes"]}]
            },
            {
              "id": "containers.system.prune-volumes",
              "category": "containers",
              "flags": ["destructive", "irreversible"],
              "message": "docker system prune --volumes also deletes unused volumes and the data in them",
              "alternative": "list volumes (docker volume ls) and remove the specific ones you created",
              "match": {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": "system prune", "flags": ["--volumes"]}
            },
            {
              "id": "containers.system.reset",
              "category": "containers",
              "flags": ["destructive", "irreversible"],
              "message": "podman system reset deletes every container, image, volume and network, and the storage configuration",
              "alternative": "remove the specific containers, images or volumes you created, by name",
              "match": {"action": "shell.exec", "program": "podman", "subcommand": ["system reset", "machine reset"]}
            },
            {
              "id": "containers.volume.remove",
              "category": "containers",
              "flags": ["destructive", "irreversible"],
              "message": "deletes container volumes and the data stored in them",
              "alternative": "back up the volume (docker run --rm -v vol:/data … tar) and ask a human to remove it",
              "match": {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": ["volume rm", "volume remove", "volume prune"]}
            },
            {
              "id": "containers.network.remove",
              "category": "containers",
              "flags": ["destructive"],
              "message": "removes container networks, cutting off the containers that use them",
              "alternative": "remove only networks you created, after checking docker network inspect",
              "match": {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": ["network rm", "network remove"]}
            },
            {
              "id": "containers.compose.down-volumes",
              "category": "containers",
              "flags": ["destructive", "irreversible"],
              "message": "compose down -v deletes the project's volumes and the data in them (databases included)",
              "alternative": "docker compose down without -v keeps the volumes",
              "match": [
                {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": ["compose down", "compose rm"], "flags": ["-v", "--volumes"]},
                {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": "compose down", "flags": ["-v", "--volumes"],
                 "optionsWithValue": ["-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory"]},
                {"action": "shell.exec", "program": ["docker-compose", "podman-compose"], "subcommand": ["down", "rm"], "flags": ["-v", "--volumes"]},
                {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": "compose rm", "flags": ["-v", "--volumes"],
                 "optionsWithValue": ["-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory"]},
                {"action": "shell.exec", "program": ["docker-compose", "podman-compose"], "subcommand": "down", "flags": ["-v", "--volumes"],
                 "optionsWithValue": ["-f", "--file"]}
              ]
            },
            {
              "id": "containers.orchestration.remove",
              "category": "containers",
              "flags": ["destructive"],
              "message": "removes a Swarm service or stack, or forces this node out of the swarm",
              "alternative": "scale the service instead, or ask a human to remove it",
              "match": [
                {"action": "shell.exec", "program": "docker", "subcommand": ["service rm", "service remove", "stack rm", "stack remove", "stack down", "secret rm", "config rm", "node rm"]},
                {"action": "shell.exec", "program": "docker", "subcommand": "swarm leave", "flags": ["-f", "--force"]}
              ]
            },
            {
              "id": "containers.run.host-root",
              "category": "containers",
              "flags": [],
              "message": "runs a container with the host's root file system mounted or with full privileges",
              "alternative": "mount only the project directory, without --privileged",
              "match": [
                {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": ["run", "container run", "create"],
                 "optionsWithValue": ["-v", "--volume", "--mount", "-e", "--env", "--name", "-w", "--workdir", "-p", "--publish", "--network", "--entrypoint", "-u", "--user"],
                 "option": {"name": ["-v", "--volume"], "glob": ["/:*", "/etc:*", "/var/run/docker.sock:*", "/run/docker.sock:*", "/root:*", "/home:*"]}},
                {"action": "shell.exec", "program": ["docker", "podman", "nerdctl"], "subcommand": ["run", "container run", "create"],
                 "flags": ["--privileged", "--pid=host"]}
              ]
            }
          ]
        }
        """#
}
