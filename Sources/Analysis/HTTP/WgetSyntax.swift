/// wget's command-line options, as data (from `wget --help`, 1.21): which take a value, and the complete list of
/// long options, so abbreviations resolve as getopt resolves them (`--meth=DELETE` is `--method=DELETE`).
enum WgetSyntax {
    static let valuedShort: Set<String> = [
        "-e", "-o", "-a", "-i", "-B", "-t", "-O", "-T", "-w", "-Q", "-P", "-U", "-l", "-A", "-R", "-D", "-I", "-X",
    ]

    static let syntax = ProgramOptionSyntax(valued: valuedShort.union(valuedLong), flags: flagsLong)

    static let valuedLong: Set<String> = [
        "--accept", "--accept-regex", "--append-output", "--backups", "--base", "--bind-address", "--body-data",
        "--body-file", "--ca-certificate", "--ca-directory", "--certificate", "--certificate-type", "--ciphers",
        "--compression", "--config", "--connect-timeout", "--crl-file", "--cut-dirs", "--default-page",
        "--directory-prefix", "--dns-timeout", "--domains", "--exclude-directories", "--exclude-domains",
        "--execute", "--follow-tags", "--ftp-password", "--ftp-user", "--header", "--hsts-file", "--http-password",
        "--http-user", "--ignore-tags", "--include-directories", "--input-file", "--level", "--limit-rate",
        "--load-cookies", "--local-encoding", "--max-redirect", "--method", "--output-document", "--output-file",
        "--password", "--pinnedpubkey", "--post-data", "--post-file", "--prefer-family", "--private-key",
        "--private-key-type", "--progress", "--proxy-password", "--proxy-user", "--quota", "--read-timeout",
        "--referer", "--regex-type", "--reject", "--reject-regex", "--rejected-log", "--remote-encoding",
        "--report-speed", "--restrict-file-names", "--retry-on-http-error", "--save-cookies", "--secure-protocol",
        "--start-pos", "--timeout", "--tries", "--use-askpass", "--user", "--user-agent", "--wait", "--waitretry",
        "--warc-dedup", "--warc-file", "--warc-header", "--warc-max-size", "--warc-tempdir",
    ]

    static let flagsLong: Set<String> = [
        "--adjust-extension", "--ask-password", "--auth-no-challenge", "--background", "--backup-converted",
        "--content-disposition", "--content-on-error", "--continue", "--convert-file-only", "--convert-links",
        "--debug", "--delete-after", "--follow-ftp", "--force-directories", "--force-html",
        "--ftps-clear-data-connection", "--ftps-fallback-to-ftp", "--ftps-implicit", "--ftps-resume-ssl", "--help",
        "--https-only", "--ignore-case", "--ignore-length", "--inet4-only", "--inet6-only", "--keep-session-cookies",
        "--mirror", "--no-cache", "--no-check-certificate", "--no-clobber", "--no-config", "--no-cookies",
        "--no-directories", "--no-dns-cache", "--no-glob", "--no-host-directories", "--no-hsts",
        "--no-http-keep-alive", "--no-if-modified-since", "--no-iri", "--no-netrc", "--no-parent",
        "--no-passive-ftp", "--no-proxy", "--no-remove-listing", "--no-use-server-timestamps", "--no-verbose",
        "--no-warc-compression", "--no-warc-digests", "--no-warc-keep-log", "--page-requisites",
        "--preserve-permissions", "--protocol-directories", "--quiet", "--random-wait", "--recursive", "--relative",
        "--retr-symlinks", "--retry-connrefused", "--save-headers", "--server-response", "--show-progress",
        "--span-hosts", "--spider", "--strict-comments", "--timestamping", "--trust-server-names", "--unlink",
        "--verbose", "--version", "--warc-cdx", "--xattr",
    ]
}
