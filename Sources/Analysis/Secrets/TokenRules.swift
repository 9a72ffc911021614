/// The credential formats recognized by prefix. Order does not matter: the dispatcher tries longer prefixes first.
///
/// Lengths follow the providers' published formats; where a provider does not publish one, the range is the
/// observed one widened a little. Formats that are bare UUIDs or bare hex (Railway, Heroku's legacy keys, AWS
/// secret keys) are not here: they are only recognizable by the name they are assigned to (`KeyedRules`).
enum TokenRules {
    private static let slackBody = ByteSet.alphanumeric + ByteSet("-")
    private static let macaroon = ByteSet.alphanumeric + ByteSet("_+/=,-")
    private static let base64URL = ByteSet.base64URL

    static let all: [TokenRule] = [
        TokenRule(
            id: "aws-access-key-id", summary: "AWS access key id (AKIA…, ASIA…)", prefixes: ["AKIA", "ASIA"],
            body: [.run(.upperAlphanumeric, 16...16)]),
        TokenRule(
            id: "github-pat", summary: "GitHub classic personal access token (ghp_)", prefixes: ["ghp_"],
            body: [.run(.alphanumeric, 36...36)]),
        TokenRule(
            id: "github-oauth-token", summary: "GitHub OAuth access token (gho_)", prefixes: ["gho_"],
            body: [.run(.alphanumeric, 36...36)]),
        TokenRule(
            id: "github-app-token", summary: "GitHub App user-to-server or installation token (ghu_, ghs_)",
            prefixes: ["ghu_", "ghs_"], body: [.run(.alphanumeric, 36...36)]),
        TokenRule(
            id: "github-refresh-token", summary: "GitHub App refresh token (ghr_)", prefixes: ["ghr_"],
            body: [.run(.alphanumeric, 36...76)]),
        TokenRule(
            id: "github-fine-grained-pat", summary: "GitHub fine-grained personal access token (github_pat_)",
            prefixes: ["github_pat_"], body: [.run(.word, 82...82)]),
        TokenRule(
            id: "gitlab-pat", summary: "GitLab personal, project or group access token (glpat-)",
            prefixes: ["glpat-"], body: [.run(base64URL + ByteSet("."), 20...80)]),
        TokenRule(
            id: "gitlab-token", summary: "GitLab runner or deploy token (glrt-, gldt-)", prefixes: ["glrt-", "gldt-"],
            body: [.run(base64URL + ByteSet("."), 20...80)]),
        TokenRule(
            id: "slack-bot-token", summary: "Slack bot token (xoxb-)", prefixes: ["xoxb-"],
            body: [.run(slackBody, 20...255)]),
        TokenRule(
            id: "slack-user-token", summary: "Slack user token (xoxp-)", prefixes: ["xoxp-"],
            body: [.run(slackBody, 20...255)]),
        TokenRule(
            id: "slack-token", summary: "Slack workspace, refresh or legacy token (xoxa-, xoxe-, xoxr-, xoxs-)",
            prefixes: ["xoxa-", "xoxe-", "xoxr-", "xoxs-", "xoxe.xoxp-"], body: [.run(slackBody, 20...255)]),
        TokenRule(
            id: "slack-app-token", summary: "Slack app-level token (xapp-)", prefixes: ["xapp-"],
            body: [.run(slackBody, 20...255)]),
        TokenRule(
            id: "slack-webhook-url", summary: "Slack incoming webhook (hooks.slack.com/services/T…/B…/…)",
            prefixes: ["hooks.slack.com/services/"],
            body: [
                .run(.upperAlphanumeric, 6...14, after: "T"), .run(.upperAlphanumeric, 6...14, after: "/B"),
                .run(.alphanumeric, 20...40, after: "/"),
            ], notAfter: TokenRule.tokenContinuation + ByteSet(".")),
        TokenRule(
            id: "stripe-secret-key", summary: "Stripe live secret key (sk_live_)", prefixes: ["sk_live_"],
            body: [.run(.alphanumeric, 20...247)]),
        TokenRule(
            id: "stripe-restricted-key", summary: "Stripe restricted key (rk_live_, rk_test_)",
            prefixes: ["rk_live_", "rk_test_"], body: [.run(.alphanumeric, 20...247)]),
        TokenRule(
            id: "stripe-test-key", summary: "Stripe test-mode secret key (sk_test_)", prefixes: ["sk_test_"],
            body: [.run(.alphanumeric, 20...247)]),
        TokenRule(
            id: "stripe-webhook-secret", summary: "Stripe webhook signing secret (whsec_)", prefixes: ["whsec_"],
            body: [.run(.alphanumeric, 24...64)]),
        TokenRule(
            id: "openai-api-key", summary: "OpenAI project, service-account or admin key (sk-proj-, sk-svcacct-, …)",
            prefixes: ["sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-"], body: [.run(base64URL, 40...250)]),
        TokenRule(
            id: "openai-api-key", summary: "OpenAI legacy user key (sk-… with the T3BlbkFJ marker)",
            prefixes: ["sk-"], body: [.run(base64URL, 40...250)], marker: "T3BlbkFJ"),
        TokenRule(
            id: "anthropic-api-key", summary: "Anthropic API key (sk-ant-api03-)", prefixes: ["sk-ant-api03-"],
            body: [.run(base64URL, 80...120)]),
        TokenRule(
            id: "anthropic-admin-key", summary: "Anthropic admin key (sk-ant-admin01-)", prefixes: ["sk-ant-admin01-"],
            body: [.run(base64URL, 80...120)]),
        TokenRule(
            id: "anthropic-oauth-token", summary: "Anthropic OAuth token (sk-ant-oat01-, sk-ant-ort01-)",
            prefixes: ["sk-ant-oat01-", "sk-ant-ort01-"], body: [.run(base64URL, 80...120)]),
        TokenRule(
            id: "google-api-key", summary: "Google API key (AIza + 35)", prefixes: ["AIza"],
            body: [.run(base64URL, 35...35)]),
        TokenRule(
            id: "google-oauth-client-secret", summary: "Google OAuth client secret (GOCSPX-)", prefixes: ["GOCSPX-"],
            body: [.run(base64URL, 28...28)]),
        TokenRule(
            id: "google-oauth-token", summary: "Google OAuth access token (ya29.)", prefixes: ["ya29."],
            body: [.run(base64URL, 30...2048)]),
        TokenRule(
            id: "fly-token", summary: "Fly.io token (fo1_, FlyV1 fm2_…, fm1a_, fm1r_)",
            prefixes: ["fo1_"], body: [.run(base64URL, 40...64)]),
        TokenRule(
            id: "fly-token", summary: "Fly.io macaroon token (FlyV1 fm2_…, fm1a_, fm1r_)",
            prefixes: ["FlyV1 fm", "fm2_", "fm1a_", "fm1r_"], body: [.run(macaroon, 40...8192)]),
        TokenRule(
            id: "heroku-api-key", summary: "Heroku API key (HRKU-)", prefixes: ["HRKU-"],
            body: [.run(base64URL, 30...80)]),
        TokenRule(
            id: "npm-token", summary: "npm access token (npm_ + 36)", prefixes: ["npm_"],
            body: [.run(.alphanumeric, 36...36)]),
        TokenRule(
            id: "pypi-token", summary: "PyPI API token (pypi-AgEIcHlwaS5vcmc…)", prefixes: ["pypi-AgEIcHlwaS5vcmc"],
            body: [.run(base64URL, 50...4096)]),
        TokenRule(
            id: "pypi-token", summary: "TestPyPI API token (pypi-AgENdGVzdC5weXBpLm9yZw…)",
            prefixes: ["pypi-AgENdGVzdC5weXBpLm9yZw"], body: [.run(base64URL, 50...4096)]),
        TokenRule(
            id: "dockerhub-token", summary: "Docker Hub personal or organization access token (dckr_pat_, dckr_oat_)",
            prefixes: ["dckr_pat_", "dckr_oat_"], body: [.run(base64URL, 20...64)]),
        TokenRule(
            id: "huggingface-token", summary: "Hugging Face access token (hf_ + 34)", prefixes: ["hf_"],
            body: [.run(.alphanumeric, 34...34)]),
        TokenRule(
            id: "sendgrid-api-key", summary: "SendGrid API key (SG.<22>.<43>)", prefixes: ["SG."],
            body: [.run(base64URL, 22...22), .run(base64URL, 43...43, after: ".")]),
        TokenRule(
            id: "twilio-api-key", summary: "Twilio API key sid (SK + 32 hex) on a line that mentions Twilio",
            prefixes: ["SK"], body: [.run(.lowerHex, 32...32)], lineMentions: ["twilio"]),
        TokenRule(
            id: "digitalocean-token",
            summary: "DigitalOcean personal, OAuth or refresh token (dop_v1_, doo_v1_, dor_v1_)",
            prefixes: ["dop_v1_", "doo_v1_", "dor_v1_"], body: [.run(.lowerHex, 64...64)]),
        TokenRule(
            id: "netlify-token", summary: "Netlify personal access token (nfp_)", prefixes: ["nfp_"],
            body: [.run(base64URL, 36...48)]),
        TokenRule(
            id: "supabase-token", summary: "Supabase personal access token (sbp_ + 40 hex)", prefixes: ["sbp_"],
            body: [.run(.lowerHex, 40...40)]),
        TokenRule(
            id: "supabase-secret-key", summary: "Supabase secret API key (sb_secret_)", prefixes: ["sb_secret_"],
            body: [.run(base64URL, 24...64)]),
        TokenRule(
            id: "vercel-token", summary: "Vercel access token (vcp_, vci_, vca_, vcr_, vck_)",
            prefixes: ["vcp_", "vci_", "vca_", "vcr_", "vck_"], body: [.run(.alphanumeric, 40...80)]),
    ]
}
