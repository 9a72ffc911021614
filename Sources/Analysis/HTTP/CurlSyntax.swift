/// curl's command-line options, as data: which take a value (so a value is never taken for a URL), and the
/// complete list of long options, so abbreviations resolve as curl resolves them (`--data-r` is `--data-raw`).
/// From `curl --help all` (7.88) plus the options added since (8.x: `--variable`, `--expand-*`, …).
enum CurlSyntax {
    static let valuedShort: Set<String> = [
        "-A", "-b", "-c", "-C", "-d", "-D", "-e", "-E", "-F", "-h", "-H", "-K", "-m", "-o", "-P", "-Q", "-r", "-t",
        "-T", "-u", "-U", "-w", "-x", "-X", "-y", "-Y", "-z",
    ]

    static let syntax = ProgramOptionSyntax(
        valued: valuedShort.union(valuedLong), flags: flagsLong, separators: ["-:", "--next"])

    static let valuedLong: Set<String> = [
        "--abstract-unix-socket", "--alt-svc", "--aws-sigv4", "--cacert", "--capath", "--cert", "--cert-type",
        "--ciphers", "--config", "--connect-timeout", "--connect-to", "--continue-at", "--cookie", "--cookie-jar",
        "--create-file-mode", "--crlfile", "--curves", "--data", "--data-ascii", "--data-binary", "--data-raw",
        "--data-urlencode", "--delegation", "--dns-interface", "--dns-ipv4-addr", "--dns-ipv6-addr", "--dns-servers",
        "--doh-url", "--dump-header", "--ech", "--egd-file", "--engine", "--etag-compare", "--etag-save",
        "--expand-cookie", "--expand-data", "--expand-data-binary", "--expand-data-raw", "--expand-data-urlencode",
        "--expand-form", "--expand-form-string", "--expand-header", "--expand-json", "--expand-output",
        "--expand-referer", "--expand-request", "--expand-request-target", "--expand-upload-file", "--expand-url",
        "--expand-url-query", "--expand-user", "--expand-user-agent", "--expect100-timeout", "--form",
        "--form-string", "--ftp-account", "--ftp-alternative-to-user", "--ftp-method", "--ftp-port",
        "--ftp-ssl-ccc-mode", "--happy-eyeballs-timeout-ms", "--haproxy-clientip", "--header", "--hostpubmd5",
        "--hostpubsha256", "--hsts", "--interface", "--ip-tos", "--ipfs-gateway", "--json", "--keepalive-cnt",
        "--keepalive-time", "--key", "--key-type", "--knownhosts", "--krb", "--libcurl", "--limit-rate",
        "--local-port", "--login-options", "--mail-auth", "--mail-from", "--mail-rcpt", "--max-filesize",
        "--max-redirs", "--max-time", "--netrc-file", "--noproxy", "--oauth2-bearer", "--output", "--output-dir",
        "--parallel-max", "--pass", "--pinnedpubkey", "--preproxy", "--proto", "--proto-default", "--proto-redir",
        "--proxy", "--proxy-cacert", "--proxy-capath", "--proxy-cert", "--proxy-cert-type", "--proxy-ciphers",
        "--proxy-crlfile", "--proxy-header", "--proxy-http2", "--proxy-key", "--proxy-key-type", "--proxy-pass",
        "--proxy-pinnedpubkey", "--proxy-service-name", "--proxy-tls13-ciphers", "--proxy-tlsauthtype",
        "--proxy-tlspassword", "--proxy-tlsuser", "--proxy-user", "--proxy1.0", "--pubkey", "--quote",
        "--random-file", "--range", "--rate", "--referer", "--request", "--request-target", "--resolve", "--retry",
        "--retry-delay", "--retry-max-time", "--sasl-authzid", "--service-name", "--sigalgs", "--socks4",
        "--socks4a", "--socks5", "--socks5-gssapi-service", "--socks5-hostname", "--speed-limit", "--speed-time",
        "--ssl-sessions", "--stderr", "--telnet-option", "--tftp-blksize", "--time-cond", "--tls-max",
        "--tls13-ciphers", "--tlsauthtype", "--tlspassword", "--tlsuser", "--trace", "--trace-ascii",
        "--trace-config", "--unix-socket", "--upload-file", "--upload-flags", "--url", "--url-query", "--user",
        "--user-agent", "--variable", "--vlan-priority", "--write-out",
    ]

    static let flagsLong: Set<String> = [
        "--anyauth", "--append", "--basic", "--ca-native", "--cert-status", "--compressed", "--compressed-ssh",
        "--create-dirs", "--crlf", "--digest", "--disable", "--disable-eprt", "--disable-epsv",
        "--disallow-username-in-url", "--doh-cert-status", "--doh-insecure", "--fail", "--fail-early",
        "--fail-with-body", "--false-start", "--follow", "--form-escape", "--ftp-create-dirs", "--ftp-pasv",
        "--ftp-pret", "--ftp-skip-pasv-ip", "--ftp-ssl-ccc", "--ftp-ssl-control", "--get", "--globoff",
        "--haproxy-protocol", "--head", "--help", "--http0.9", "--http1.0", "--http1.1", "--http2",
        "--http2-prior-knowledge", "--http3", "--http3-only", "--ignore-content-length", "--include", "--insecure",
        "--ipv4", "--ipv6", "--junk-session-cookies", "--list-only", "--location", "--location-trusted",
        "--mail-rcpt-allowfails", "--manual", "--metalink", "--mptcp", "--negotiate", "--netrc", "--netrc-optional",
        "--next", "--no-alpn", "--no-buffer", "--no-ca-native", "--no-clobber", "--no-keepalive", "--no-npn",
        "--no-progress-meter", "--no-sessionid", "--ntlm", "--ntlm-wb", "--out-null", "--parallel",
        "--parallel-immediate", "--path-as-is", "--post301", "--post302", "--post303", "--progress-bar",
        "--proxy-anyauth", "--proxy-basic", "--proxy-ca-native", "--proxy-digest", "--proxy-insecure",
        "--proxy-negotiate", "--proxy-ntlm", "--proxy-ssl-allow-beast", "--proxy-ssl-auto-client-cert",
        "--proxy-tlsv1", "--proxytunnel", "--raw", "--remote-header-name", "--remote-name", "--remote-name-all",
        "--remote-time", "--remove-on-error", "--retry-all-errors", "--retry-connrefused", "--sasl-ir",
        "--show-error", "--silent", "--skip-existing", "--socks5-basic", "--socks5-gssapi", "--socks5-gssapi-nec",
        "--ssl", "--ssl-allow-beast", "--ssl-auto-client-cert", "--ssl-no-revoke", "--ssl-reqd",
        "--ssl-revoke-best-effort", "--sslv2", "--sslv3", "--styled-output", "--suppress-connect-headers",
        "--tcp-fastopen", "--tcp-nodelay", "--tftp-no-options", "--tls-earlydata", "--tlsv1", "--tlsv1.0",
        "--tlsv1.1", "--tlsv1.2", "--tlsv1.3", "--tr-encoding", "--trace-time", "--use-ascii", "--verbose",
        "--version", "--xattr",
    ]
}
