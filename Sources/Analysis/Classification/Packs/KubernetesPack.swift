/// kubectl and Helm commands that delete or disrupt workloads and cluster state.
enum KubernetesPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: ["helm", "kubectl", "oc"],
        kinds: [])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "kubernetes")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "kubernetes",
          "description": "kubectl, oc and Helm commands that delete resources, drain nodes, scale to zero or uninstall releases. Dry runs are safe.",
          "programs": {
            "kubectl": {"optionsWithValue": ["-n", "--namespace", "--context", "--cluster", "--kubeconfig", "--user", "-s", "--server", "--token",
                                             "-l", "--selector", "-o", "--output", "-f", "--filename", "--field-selector", "--grace-period",
                                             "--timeout", "-c", "--container", "--as", "--as-group", "--request-timeout", "--replicas",
                                             "-k", "--kustomize", "--cascade", "--current-replicas", "--resource-version"]},
            "oc": {"optionsWithValue": ["-n", "--namespace", "--context", "--cluster", "--kubeconfig", "--user", "-s", "--server", "--token",
                                        "-l", "--selector", "-o", "--output", "-f", "--filename", "--replicas", "--grace-period"]},
            "helm": {"optionsWithValue": ["-n", "--namespace", "--kube-context", "--kubeconfig", "--timeout", "--description", "-o", "--output", "--cascade"]}
          },
          "rules": [
            {
              "id": "k8s.delete.namespace",
              "category": "kubernetes",
              "flags": ["destructive", "irreversible"],
              "message": "deleting a namespace deletes every resource in it, volumes' claims included",
              "alternative": "delete the specific resources you created; ask a human to delete namespaces",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "delete",
                        "operand": {"equals": ["ns", "namespace", "namespaces", "project", "projects"],
                                    "prefix": ["ns/", "namespace/", "namespaces/", "project/"],
                                    "contains": ["ns,", "namespace,", "namespaces,", ",ns", ",namespace"]}},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.delete.storage",
              "category": "kubernetes",
              "flags": ["destructive", "irreversible"],
              "message": "deleting persistent volumes or claims can delete the data stored in them",
              "alternative": "check the volume's reclaim policy and back up the data; ask a human",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "delete",
                        "operand": {"equals": ["pv", "pvc", "persistentvolume", "persistentvolumes", "persistentvolumeclaim", "persistentvolumeclaims",
                                               "volumesnapshot", "volumesnapshots", "storageclass", "sc"],
                                    "prefix": ["pv/", "pvc/", "persistentvolume/", "persistentvolumeclaim/", "volumesnapshot/", "pvc,", "pv,"]}},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.delete.all",
              "category": "kubernetes",
              "flags": ["destructive", "irreversible"],
              "message": "deletes every resource of the kind (--all), or across all namespaces",
              "alternative": "delete the specific resources by name, after listing them with kubectl get",
              "match": [
                {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "delete", "flags": ["--all", "-A", "--all-namespaces"]},
                {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "delete", "operand": {"equals": "all"}}
              ],
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.delete.cluster-scoped",
              "category": "kubernetes",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a cluster-wide resource (a CRD deletes all its custom resources; a node leaves the cluster)",
              "alternative": "ask a human to change cluster-wide resources",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "delete",
                        "operand": {"equals": ["crd", "crds", "customresourcedefinition", "customresourcedefinitions", "node", "nodes", "no",
                                               "clusterrole", "clusterroles", "clusterrolebinding", "clusterrolebindings",
                                               "mutatingwebhookconfiguration", "validatingwebhookconfiguration", "apiservice"],
                                    "prefix": ["crd/", "customresourcedefinition/", "node/", "nodes/", "clusterrole/", "clusterrolebinding/"]}},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.delete",
              "category": "kubernetes",
              "flags": ["destructive"],
              "message": "kubectl delete removes resources from the cluster",
              "alternative": "kubectl delete --dry-run=server first, or scale down instead of deleting",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "delete"},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.delete.force",
              "category": "kubernetes",
              "flags": ["destructive", "irreversible"],
              "message": "deletes immediately, without graceful termination (--force or --grace-period=0)",
              "alternative": "delete without --force and let the pods terminate cleanly",
              "match": [
                {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "delete", "flags": ["--force", "--now"]},
                {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "delete", "option": {"name": "--grace-period", "equals": ["0", "1"]}}
              ],
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.node.drain",
              "category": "kubernetes",
              "flags": ["destructive"],
              "message": "kubectl drain evicts every pod from the node",
              "alternative": "kubectl cordon (stops new pods) and ask a human before draining",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": ["drain", "adm drain"]},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.node.cordon",
              "category": "kubernetes",
              "flags": [],
              "message": "kubectl cordon or taint stops new pods from being scheduled on the node",
              "alternative": "ask a human before changing node scheduling",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": ["cordon", "taint", "adm cordon"]},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.scale.zero",
              "category": "kubernetes",
              "flags": ["destructive"],
              "message": "scaling to zero replicas stops every pod of the workload",
              "alternative": "scale down to a smaller positive number, or ask a human",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "scale", "option": {"name": "--replicas", "equals": "0"}},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.replace.force",
              "category": "kubernetes",
              "flags": ["destructive"],
              "message": "kubectl replace --force deletes and recreates the resources",
              "alternative": "kubectl apply, which updates in place",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "replace", "flags": ["--force"]},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.apply.prune",
              "category": "kubernetes",
              "flags": ["destructive"],
              "message": "kubectl apply --prune deletes resources that are not in the applied files",
              "alternative": "kubectl diff first, then apply without --prune",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": "apply", "flags": ["--prune"]},
              "unless": [{"option": {"name": "--dry-run", "not": {"equals": "none"}}}]
            },
            {
              "id": "k8s.rollout.restart",
              "category": "kubernetes",
              "flags": [],
              "message": "restarts every pod of the workload",
              "alternative": "ask a human before restarting production workloads",
              "match": {"action": "shell.exec", "program": ["kubectl", "oc"], "subcommand": ["rollout restart", "rollout undo"]}
            },
            {
              "id": "k8s.helm.uninstall",
              "category": "kubernetes",
              "flags": ["destructive"],
              "message": "helm uninstall deletes the release and all the resources it created",
              "alternative": "helm uninstall --dry-run to see what would go; ask a human",
              "match": {"action": "shell.exec", "program": "helm", "subcommand": ["uninstall", "delete", "del", "un", "uninstal"]},
              "unless": [{"flags": ["--dry-run"]}]
            },
            {
              "id": "k8s.helm.rollback",
              "category": "kubernetes",
              "flags": ["destructive"],
              "message": "helm rollback replaces the running release with an older revision",
              "alternative": "helm history and helm diff first; ask a human",
              "match": {"action": "shell.exec", "program": "helm", "subcommand": ["rollback", "rb"]},
              "unless": [{"flags": ["--dry-run"]}]
            },
            {
              "id": "k8s.helm.force-upgrade",
              "category": "kubernetes",
              "flags": ["destructive"],
              "message": "helm upgrade --force deletes and recreates resources that cannot be updated",
              "alternative": "helm upgrade without --force, after helm diff",
              "match": {"action": "shell.exec", "program": "helm", "subcommand": ["upgrade"], "flags": ["--force", "--force-replace"]},
              "unless": [{"flags": ["--dry-run"]}]
            }
          ]
        }
        """#
}
