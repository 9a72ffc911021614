#!/usr/bin/env python3
"""Writes Tests/AnalysisTests/Fixtures/secrets/sample.jsonl: the labelled sample the secrets detector is measured on.

Every secret in it is a fake generated here from a fixed seed: format-valid (right prefix, alphabet and length) but
random, so it authenticates nowhere. Each line is one snippet:
  {"id": "...", "category": "github", "secret": true, "ext": "env", "text": "..."}
`secret` says whether the snippet holds a credential; `category` groups a rule family with its look-alikes.
Run: python3 scripts/generate-secrets-sample.py  (deterministic: rerunning rewrites the same file).
"""
import base64
import json
import pathlib
import random
import string
import uuid

R = random.Random(20261125)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEXL = DIGITS + "abcdef"
# Fragments the detector treats as placeholders: a random fake must not contain them by chance.
BANNED = ["example", "xxxx", "placeholder", "dummy", "redacted", "your", "0000000", "1234567", "abcdefg", "test",
          "fake", "mock", "sample", "todo", "fixme", "insert", "replace", "lorem", "foobar", "abcdef", "123456",
          "qwerty", "invalid", "changeme", "notreal", "hunter2", "s3cr3t", "letmein", "..."]


def rand(alphabet, n):
    while True:
        s = "".join(R.choice(alphabet) for _ in range(n))
        low = s.lower()
        if not any(b in low for b in BANNED):
            return s


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return rand(HEXL, n)


def b64bytes(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def password():
    words = ["Maple", "river", "Quartz", "falcon", "Ember", "tundra", "Cobalt", "willow", "Saffron", "glacier"]
    return R.choice(words) + R.choice("!#%^*-_+") + str(R.randint(10, 9999)) + rand(ALNUM, 4)


# --- fake credentials -------------------------------------------------------------------------------------------
def aws_id(): return "AKIA" + rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
def aws_sts_id(): return "ASIA" + rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
def aws_secret(): return rand(B64, 40)
def ghp(): return "ghp_" + rand(ALNUM, 36)
def gho(): return "gho_" + rand(ALNUM, 36)
def ghs(): return "ghs_" + rand(ALNUM, 36)
def github_pat(): return "github_pat_" + rand(ALNUM, 22) + "_" + rand(ALNUM, 59)
def glpat(): return "glpat-" + rand(ALNUM + "-_", 20)
def xoxb(): return f"xoxb-{rand(DIGITS, 11)}-{rand(DIGITS, 13)}-{rand(ALNUM, 24)}"
def xoxp(): return f"xoxp-{rand(DIGITS, 11)}-{rand(DIGITS, 11)}-{rand(DIGITS, 13)}-{hexs(32)}"
def xapp(): return f"xapp-1-A{rand(UPPER + DIGITS, 10)}-{rand(DIGITS, 13)}-{hexs(64)}"
def slack_hook(): return f"https://hooks.slack.com/services/T{rand(UPPER + DIGITS, 8)}/B{rand(UPPER + DIGITS, 10)}/{rand(ALNUM, 24)}"
def sk_live(): return "sk_live_" + rand(ALNUM, R.choice([24, 99]))
def rk_live(): return "rk_live_" + rand(ALNUM, 99)
def sk_test(): return "sk_test_" + rand(ALNUM, 99)
def openai_proj(): return "sk-proj-" + rand(B64URL, 74) + "T3BlbkFJ" + rand(B64URL, 74)
def openai_legacy(): return "sk-" + rand(ALNUM, 20) + "T3BlbkFJ" + rand(ALNUM, 20)
def openai_svc(): return "sk-svcacct-" + rand(B64URL, 74) + "T3BlbkFJ" + rand(B64URL, 74)
def anthropic(): return "sk-ant-api03-" + rand(B64URL, 93) + "AA"
def anthropic_admin(): return "sk-ant-admin01-" + rand(B64URL, 93) + "AA"
def google_key(): return "AIza" + rand(B64URL, 35)
def gocspx(): return "GOCSPX-" + rand(B64URL, 28)
def fly_fo1(): return "fo1_" + rand(B64URL, 43)
def fly_v1(): return "FlyV1 fm2_" + rand(B64, 180) + ",fm2_" + rand(B64, 120)
def hrku(): return "HRKU-AA" + rand(B64URL, 58)
def npm(): return "npm_" + rand(ALNUM, 36)
def pypi(): return "pypi-AgEIcHlwaS5vcmc" + rand(B64URL, 150)
def dckr(): return "dckr_pat_" + rand(B64URL, 27)
def hf(): return "hf_" + rand(UPPER + LOWER, 34)
def sendgrid(): return "SG." + rand(B64URL, 22) + "." + rand(B64URL, 43)
def twilio_sk(): return "SK" + hexs(32)
def dop(): return "dop_v1_" + hexs(64)
def sbp(): return "sbp_" + hexs(40)
def nfp(): return "nfp_" + rand(ALNUM, 36)


def pem(label="RSA PRIVATE KEY", lines=12):
    body = "\n".join(b64bytes(48) for _ in range(lines))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def jwt(alg="HS256"):
    header = b64url_json({"alg": alg, "typ": "JWT"})
    payload = b64url_json({"sub": uid(), "iat": R.randint(1.6e9, 1.8e9), "role": R.choice(["admin", "service"])})
    return f"{header}.{payload}.{rand(B64URL, 43 if alg == 'HS256' else 342)}"


# --- samples ----------------------------------------------------------------------------------------------------
samples = []


def add(category, secret, ext, text, n=1):
    """Adds `text` (a string or a function returning one) `n` times."""
    for _ in range(n):
        samples.append({"category": category, "secret": secret, "ext": ext,
                        "text": text() if callable(text) else text})


# AWS
add("aws", True, "env", lambda: f"AWS_ACCESS_KEY_ID={aws_id()}\nAWS_SECRET_ACCESS_KEY={aws_secret()}\nAWS_REGION=us-east-1", 3)
add("aws", True, "ini", lambda: f"[default]\naws_access_key_id = {aws_id()}\naws_secret_access_key = {aws_secret()}", 3)
add("aws", True, "sh", lambda: f"export AWS_ACCESS_KEY_ID={aws_sts_id()}", 2)
add("aws", True, "py", lambda: f"s3 = boto3.client('s3', aws_access_key_id='{aws_id()}', region_name='eu-west-1')", 2)
add("aws", True, "json", lambda: f'{{"Credentials": {{"AccessKeyId": "{aws_sts_id()}", "SecretAccessKey": "{aws_secret()}", "Expiration": "2026-11-25T06:00:00Z"}}}}', 2)
add("aws", True, "env", lambda: f"AWS_SECRET_ACCESS_KEY={aws_secret()}", 2)
add("aws", False, "md", "Example: `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE`")
add("aws", False, "ini", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
add("aws", False, "txt", lambda: f"arn:aws:iam::{rand(DIGITS, 12)}:role/deploy-{rand(LOWER, 6)}", 2)
add("aws", False, "yaml", "AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\nAWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}")
add("aws", False, "py", "session = boto3.Session(aws_access_key_id=os.environ['AWS_ACCESS_KEY_ID'], aws_secret_access_key=os.environ['AWS_SECRET_ACCESS_KEY'])")
add("aws", False, "log", lambda: f"2026-11-25T04:12:09Z INFO s3 upload bucket=assets-{rand(LOWER, 5)} key=images/{hexs(40)}.png etag=\"{hexs(32)}\"", 2)
add("aws", False, "sh", "aws sts get-caller-identity --profile staging")

# GitHub
add("github", True, "env", lambda: f"GITHUB_TOKEN={ghp()}", 5)
add("github", True, "sh", lambda: f"git clone https://x-access-token:{ghs()}@github.com/acme/infra.git", 2)
add("github", True, "sh", lambda: f"curl -H \"Authorization: token {ghp()}\" https://api.github.com/user", 2)
add("github", True, "yaml", lambda: f"github:\n  oauth_token: {gho()}\n  user: deploy-bot", 2)
add("github", True, "sh", lambda: f"export GH_TOKEN={github_pat()}", 3)
add("github", True, "log", lambda: f"remote: Invalid username or token. Password authentication is not supported. token={ghp()}", 1)
add("github", False, "yaml", "env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}")
add("github", False, "env", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
add("github", False, "md", "Create a token (it starts with `ghp_`) and export it as `GH_TOKEN`.")
add("github", False, "txt", lambda: f"commit {hexs(40)}\nAuthor: Dana <dana@acme.dev>\n\n    Fix token refresh in the GitHub client", 3)
add("github", False, "sh", "gh auth login --with-token < ~/.config/gh/token.txt")
add("github", False, "log", lambda: f"Run actions/checkout@{hexs(40)}", 2)

# GitLab
add("gitlab", True, "sh", lambda: f"curl --header \"PRIVATE-TOKEN: {glpat()}\" https://gitlab.com/api/v4/projects", 3)
add("gitlab", True, "env", lambda: f"GITLAB_TOKEN={glpat()}", 2)
add("gitlab", False, "yaml", "variables:\n  GITLAB_TOKEN: $CI_JOB_TOKEN")
add("gitlab", False, "md", "Personal access tokens look like `glpat-` followed by 20 characters.")

# Slack
add("slack", True, "env", lambda: f"SLACK_BOT_TOKEN={xoxb()}", 3)
add("slack", True, "py", lambda: f"client = WebClient(token=\"{xoxp()}\")", 2)
add("slack", True, "env", lambda: f"SLACK_APP_TOKEN={xapp()}", 2)
add("slack", True, "sh", lambda: f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy done\"}}' {slack_hook()}", 3)
add("slack", False, "md", "Set `SLACK_BOT_TOKEN` to the bot token (it begins with `xoxb-`).")
add("slack", False, "env", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")
add("slack", False, "log", lambda: f"slack: message posted channel=C{rand(UPPER + DIGITS, 10)} ts=1732507{rand(DIGITS, 3)}.{rand(DIGITS, 6)}", 2)

# Stripe
add("stripe", True, "env", lambda: f"STRIPE_SECRET_KEY={sk_live()}", 3)
add("stripe", True, "rb", lambda: f"Stripe.api_key = '{rk_live()}'", 2)
add("stripe", True, "js", lambda: f"const stripe = require('stripe')('{sk_test()}');", 2)
add("stripe", False, "js", lambda: f"const stripe = Stripe('pk_live_{rand(ALNUM, 24)}');", 2)
add("stripe", False, "env", "STRIPE_SECRET_KEY=sk_live_...\nSTRIPE_PUBLISHABLE_KEY=pk_live_...")
add("stripe", False, "log", lambda: f"stripe: charge succeeded id=ch_{rand(ALNUM, 24)} customer=cus_{rand(ALNUM, 14)}", 2)

# OpenAI
add("openai", True, "env", lambda: f"OPENAI_API_KEY={openai_proj()}", 3)
add("openai", True, "py", lambda: f"client = OpenAI(api_key=\"{openai_legacy()}\")", 2)
add("openai", True, "sh", lambda: f"curl https://api.openai.com/v1/models -H \"Authorization: Bearer {openai_svc()}\"", 2)
add("openai", False, "py", "client = OpenAI(api_key=os.environ.get(\"OPENAI_API_KEY\"))")
add("openai", False, "md", "export OPENAI_API_KEY=sk-...your key...")
add("openai", False, "txt", "risk-assessment-2026-q4 task-force-notes desk-booking")
add("openai", False, "json", lambda: f'{{"model": "gpt-4o", "max_tokens": 4096, "temperature": 0.2, "id": "chatcmpl-{rand(ALNUM, 29)}"}}', 2)

# Anthropic
add("anthropic", True, "env", lambda: f"ANTHROPIC_API_KEY={anthropic()}", 3)
add("anthropic", True, "sh", lambda: f"curl https://api.anthropic.com/v1/messages -H \"x-api-key: {anthropic()}\" -H 'anthropic-version: 2023-06-01'", 2)
add("anthropic", True, "json", lambda: f'{{"adminKey": "{anthropic_admin()}"}}', 1)
add("anthropic", False, "sh", "curl https://api.anthropic.com/v1/messages -H \"x-api-key: $ANTHROPIC_API_KEY\"")
add("anthropic", False, "json", lambda: f'{{"id": "msg_{rand(ALNUM, 24)}", "type": "message", "model": "claude-sonnet-4-5", "stop_reason": "end_turn"}}', 2)
add("anthropic", False, "py", "client = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY")

# Google
add("google", True, "js", lambda: f"const map = new google.maps.Map(el, {{ key: \"{google_key()}\" }});", 2)
add("google", True, "html", lambda: f"<script src=\"https://maps.googleapis.com/maps/api/js?key={google_key()}&callback=initMap\"></script>", 2)
add("google", True, "json", lambda: f'{{"web": {{"client_id": "{rand(DIGITS, 12)}-{rand(LOWER + DIGITS, 32)}.apps.googleusercontent.com", "client_secret": "{gocspx()}"}}}}', 2)
add("google", True, "json", lambda: '{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "' + hexs(40) + '",\n  "private_key": "' + pem("PRIVATE KEY", 16).replace("\n", "\\n") + '\\n",\n  "client_email": "deploy@acme-prod.iam.gserviceaccount.com"\n}', 2)
add("google", False, "json", lambda: f'{{"web": {{"client_id": "{rand(DIGITS, 12)}-{rand(LOWER + DIGITS, 32)}.apps.googleusercontent.com", "redirect_uris": ["http://localhost:8080/callback"]}}}}', 2)
add("google", False, "json", lambda: f'{{"type": "service_account", "project_id": "acme-prod", "client_email": "deploy@acme-prod.iam.gserviceaccount.com", "client_id": "{rand(DIGITS, 21)}"}}', 1)
add("google", False, "html", "<script src=\"https://maps.googleapis.com/maps/api/js?key=YOUR_API_KEY&callback=initMap\"></script>")

# Railway
add("railway", True, "env", lambda: f"RAILWAY_TOKEN={uid()}", 3)
add("railway", True, "yaml", lambda: f"env:\n  RAILWAY_API_TOKEN: {uid()}", 2)
add("railway", True, "sh", lambda: f"curl -X POST https://backboard.railway.app/graphql/v2 -H \"Authorization: Bearer {uid()}\" -H 'Content-Type: application/json' -d '{{\"query\":\"{{ me {{ id }} }}\"}}'", 3)
add("railway", True, "sh", lambda: f"curl https://backboard.railway.com/graphql/v2 -H \"Project-Access-Token: {uid()}\" -d @query.json", 2)
add("railway", True, "sh", lambda: f"RAILWAY_TOKEN={uid()} railway up --detach", 2)
add("railway", False, "env", lambda: f"RAILWAY_PROJECT_ID={uid()}\nRAILWAY_SERVICE_ID={uid()}\nRAILWAY_ENVIRONMENT=production", 3)
add("railway", False, "sh", lambda: f"railway link --project {uid()} --environment production", 2)
add("railway", False, "sh", "curl -X POST https://backboard.railway.app/graphql/v2 -H \"Authorization: Bearer $RAILWAY_TOKEN\" -d @mutation.json")
add("railway", False, "json", lambda: f'{{"data": {{"project": {{"id": "{uid()}", "name": "api", "services": [{{"id": "{uid()}"}}]}}}}}}', 2)
add("railway", False, "log", lambda: f"2026-11-25 04:01:17 deploy {uid()} status=SUCCESS region=us-west1", 2)

# Fly
add("fly", True, "env", lambda: f"FLY_API_TOKEN={fly_fo1()}", 2)
add("fly", True, "sh", lambda: f"export FLY_API_TOKEN=\"{fly_v1()}\"", 2)
add("fly", False, "toml", "app = \"acme-api\"\nprimary_region = \"ams\"\n[http_service]\n  internal_port = 8080")
add("fly", False, "sh", "fly deploy --remote-only --app acme-api")

# Heroku
add("heroku", True, "env", lambda: f"HEROKU_API_KEY={uid()}", 3)
add("heroku", True, "txt", lambda: f"machine api.heroku.com\n  login deploy@acme.dev\n  password {uid()}", 2)
add("heroku", True, "sh", lambda: f"export HEROKU_API_KEY={hrku()}", 2)
add("heroku", False, "json", lambda: f'{{"id": "{uid()}", "name": "acme-api", "stack": {{"id": "{uid()}", "name": "heroku-24"}}}}', 2)
add("heroku", False, "sh", "heroku config:get DATABASE_URL -a acme-api")

# npm / PyPI / Docker / Hugging Face
add("packages", True, "ini", lambda: f"//registry.npmjs.org/:_authToken={npm()}", 3)
add("packages", True, "yaml", lambda: f"npmAuthToken: \"{npm()}\"", 1)
add("packages", True, "ini", lambda: f"[pypi]\n  username = __token__\n  password = {pypi()}", 3)
add("packages", True, "sh", lambda: f"echo {dckr()} | docker login -u acmebot --password-stdin", 2)
add("packages", True, "py", lambda: f"login(token=\"{hf()}\")", 2)
add("packages", True, "env", lambda: f"HF_TOKEN={hf()}", 1)
add("packages", False, "ini", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}")
add("packages", False, "json", lambda: f'"node_modules/lodash": {{\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-{b64bytes(64)}"\n}}', 4)
add("packages", False, "lock", lambda: f"\"@babel/core@^7.24.0\":\n  version \"7.24.{R.randint(0, 9)}\"\n  resolved \"https://registry.yarnpkg.com/@babel/core/-/core-7.24.0.tgz#{hexs(40)}\"\n  integrity sha512-{b64bytes(64)}", 3)
add("packages", False, "sum", lambda: f"github.com/stretchr/testify v1.9.0 h1:{b64bytes(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:{b64bytes(32)}", 3)
add("packages", False, "toml", lambda: f"[[package]]\nname = \"serde\"\nversion = \"1.0.210\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{hexs(64)}\"", 3)
add("packages", False, "txt", lambda: f"requests==2.32.3 \\\n    --hash=sha256:{hexs(64)}", 2)
add("packages", False, "sh", "docker login -u acmebot --password-stdin < /run/secrets/dockerhub")
add("packages", False, "dockerfile", lambda: f"FROM python:3.12-slim@sha256:{hexs(64)}", 2)
add("packages", False, "py", "tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\")")

# Other services
add("services", True, "env", lambda: f"SENDGRID_API_KEY={sendgrid()}", 2)
add("services", True, "py", lambda: f"client = Client(api_key_sid)  # twilio\napi_key_sid = \"{twilio_sk()}\"  # twilio key", 1)
add("services", True, "env", lambda: f"TWILIO_API_KEY={twilio_sk()}\nTWILIO_AUTH_TOKEN={hexs(32)}", 2)
add("services", True, "sh", lambda: f"doctl auth init --access-token {dop()}", 2)
add("services", True, "env", lambda: f"SUPABASE_ACCESS_TOKEN={sbp()}", 2)
add("services", True, "env", lambda: f"NETLIFY_AUTH_TOKEN={nfp()}", 1)
add("services", True, "env", lambda: f"VERCEL_TOKEN={rand(ALNUM, 24)}", 2)
add("services", False, "env", lambda: f"TWILIO_ACCOUNT_SID=AC{hexs(32)}", 2)
add("services", False, "log", lambda: f"twilio: message queued sid=SM{hexs(32)} to=+1555{rand(DIGITS, 7)}", 2)
add("services", False, "env", "SUPABASE_URL=https://xyzcompany.supabase.co\nSUPABASE_ANON_KEY=${SUPABASE_ANON_KEY}")

# Private keys
add("private-key", True, "pem", lambda: pem("RSA PRIVATE KEY"), 3)
add("private-key", True, "log", lambda: "$ cat ~/.ssh/id_ed25519\n" + pem("OPENSSH PRIVATE KEY", 5), 2)
add("private-key", True, "pem", lambda: pem("OPENSSH PRIVATE KEY"), 2)
add("private-key", True, "pem", lambda: pem("EC PRIVATE KEY", 4), 1)
add("private-key", True, "pem", lambda: pem("PRIVATE KEY"), 1)
add("private-key", True, "pem", lambda: pem("ENCRYPTED PRIVATE KEY"), 1)
add("private-key", True, "asc", lambda: pem("PGP PRIVATE KEY BLOCK", 20), 1)
add("private-key", True, "yaml", lambda: "tls:\n  key: |\n    " + pem("EC PRIVATE KEY", 4).replace("\n", "\n    "), 1)
add("private-key", False, "pem", lambda: pem("CERTIFICATE").replace("PRIVATE KEY", "CERTIFICATE"), 2)
add("private-key", False, "pem", lambda: f"-----BEGIN PUBLIC KEY-----\n{b64bytes(48)}\n{b64bytes(48)}\n-----END PUBLIC KEY-----", 2)
add("private-key", False, "pub", lambda: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rand(B64, 43)} dana@laptop", 2)
add("private-key", False, "md", "The file must start with `-----BEGIN OPENSSH PRIVATE KEY-----`; keep it out of the repository.")
add("private-key", False, "py", "if pem.startswith(\"-----BEGIN RSA PRIVATE KEY-----\"):\n    key = load_pem_private_key(pem, password=None)")
add("private-key", False, "txt", lambda: f"The key fingerprint is SHA256:{rand(B64, 43)} dana@laptop", 2)

# JWTs
add("jwt", True, "sh", lambda: f"curl -H \"Authorization: Bearer {jwt()}\" https://api.acme.dev/v1/orders", 3)
add("jwt", True, "json", lambda: f'{{"access_token": "{jwt("RS256")}", "token_type": "Bearer", "expires_in": 3600}}', 2)
add("jwt", True, "env", lambda: f"SUPABASE_SERVICE_ROLE_KEY={jwt()}", 2)
add("jwt", True, "log", lambda: f"DEBUG http: GET /api/me cookie=session={jwt()}; Path=/", 1)
add("jwt", False, "txt", lambda: f"config={base64.b64encode(json.dumps({'theme': 'dark', 'lang': 'en', 'n': R.randint(1, 99)}).encode()).decode()}", 2)
add("jwt", False, "js", "const [header, payload, signature] = token.split('.');")
add("jwt", False, "json", lambda: f'{{"token_type": "Bearer", "expires_in": 3600, "scope": "read:orders", "request_id": "{uid()}"}}', 1)

# URLs with credentials
add("url-credentials", True, "env", lambda: f"DATABASE_URL=postgres://app:{rand(ALNUM, 24)}@db.internal.acme.dev:5432/app", 3)
add("url-credentials", True, "yaml", lambda: f"redis:\n  url: redis://default:{rand(ALNUM, 32)}@cache.acme.dev:6379/0", 2)
add("url-credentials", True, "sh", lambda: f"mongosh \"mongodb+srv://admin:{password()}@cluster0.{rand(LOWER + DIGITS, 5)}.mongodb.net/prod\"", 2)
add("url-credentials", True, "txt", lambda: f"https://deploy:{rand(ALNUM, 20)}@ci.acme.dev/job/release/", 1)
add("url-credentials", False, "env", "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app")
add("url-credentials", False, "yaml", "url: postgres://postgres:postgres@localhost:5432/app_test")
add("url-credentials", False, "md", "Connect with `mysql://user:password@host:3306/db`.")
add("url-credentials", False, "log", lambda: f"GET https://api.acme.dev/v1/items?page=2&sort=asc 200 {R.randint(5, 90)}ms", 2)
add("url-credentials", False, "txt", "See https://docs.acme.dev/auth#tokens and ssh://git@github.com:acme/infra.git")

# Generic assignments
add("generic", True, "env", lambda: f"DB_PASSWORD={password()}", 3)
add("generic", True, "yaml", lambda: f"database:\n  host: db.internal\n  user: app\n  password: \"{password()}\"", 3)
add("generic", True, "json", lambda: f'{{"client_id": "acme-web", "client_secret": "{rand(ALNUM + "-_", 40)}"}}', 3)
add("generic", True, "toml", lambda: f"[auth]\nsecret_key = \"{rand(ALNUM + '!@#%^&*', 50)}\"", 2)
add("generic", True, "py", lambda: f"API_KEY = \"{hexs(32)}\"", 2)
add("generic", True, "js", lambda: f"const apiKey = '{rand(ALNUM, 32)}';", 2)
add("generic", True, "go", lambda: f"token := \"{rand(ALNUM, 40)}\"", 1)
add("generic", True, "sh", lambda: f"mysql -h db.internal -u root --password={password()} app", 2)
add("generic", True, "sh", lambda: f"export SESSION_SECRET='{rand(B64, 44)}'", 2)
add("generic", True, "http", lambda: f"GET /v2/reports HTTP/1.1\nHost: api.vendor.io\nX-Api-Key: {rand(ALNUM, 32)}", 2)
add("generic", True, "txt", lambda: f"https://api.weather.io/v1/forecast?city=berlin&api_key={hexs(32)}", 1)
add("generic", True, "rb", lambda: f"config.secret_key_base = \"{hexs(128)}\"", 1)
add("generic", True, "sh", lambda: f"curl -u admin:{password()} https://jenkins.acme.dev/api/json", 2)
add("generic", True, "http", lambda: f"Authorization: Basic {base64.b64encode(('admin:' + password()).encode()).decode()}", 2)
add("generic", False, "yaml", "database:\n  password: changeme\n  user: app")
add("generic", False, "env", "API_KEY=your-api-key-here\nSECRET_KEY=<generate with openssl rand -hex 32>")
add("generic", False, "py", "password = os.environ[\"DB_PASSWORD\"]\ntoken = get_token(scope=\"read\")")
add("generic", False, "py", "def login(username: str, password: str) -> Session:\n    return self.client.auth(username=username, password=password)")
add("generic", False, "js", "const password = req.body.password;\nif (!password) throw new Error('password required');")
add("generic", False, "yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password")
add("generic", False, "yaml", "password: {{ .Values.db.password | quote }}\ntoken: '{{ vault \"secret/data/api\" \"token\" }}'")
add("generic", False, "env", "PASSWORD_MIN_LENGTH=12\nTOKEN_TTL=3600\nSECRET_NAME=prod/api/db\nAUTH_PROVIDER=oidc")
add("generic", False, "json", '{"max_tokens": 1024, "tokenizer": "cl100k_base", "password_field": "password", "token_type": "bearer"}')
add("generic", False, "py", lambda: f"password_hash = \"$2b$12${rand(B64.replace('+', '.'), 53)}\"", 2)
add("generic", False, "sh", "export DB_PASSWORD=$(vault kv get -field=password secret/db)")
add("generic", False, "sh", "read -s -p \"Password: \" PASSWORD && export PASSWORD")
add("generic", False, "tf", "resource \"aws_db_instance\" \"main\" {\n  password = var.db_password\n  username = \"app\"\n}")
add("generic", False, "yaml", "secrets:\n  - source: api_token\n    target: /run/secrets/api_token")
add("generic", False, "py", "@pytest.fixture\ndef user():\n    return User(email=\"ana@acme.dev\", password=\"test-password-1\")")
add("generic", False, "txt", "Error: invalid token: signature has expired (token_id=7f3c)")
add("generic", False, "log", lambda: f"INFO auth: token refreshed for user={R.randint(1000, 9999)} expires_in=3600 trace={hexs(32)}", 3)
add("generic", False, "sh", "curl -H \"Authorization: Bearer $TOKEN\" -H \"Accept: application/json\" https://api.acme.dev/v1/me")
add("generic", False, "ini", "[client]\nuser = app\npassword = ********")
add("generic", False, "js", "localStorage.setItem('token', response.data.token);")
add("generic", False, "py", "SECRET_KEY = env(\"DJANGO_SECRET_KEY\")\nDEBUG = env.bool(\"DEBUG\", default=False)")
add("generic", False, "yaml", "auth:\n  type: oauth2\n  token_url: https://auth.acme.dev/oauth/token\n  scopes: [read, write]")
add("generic", False, "json", lambda: f'{{"sessionKeyPrefix": "sess:", "csrfCookie": "XSRF-TOKEN", "etag": "W/\\"{hexs(32)}\\""}}', 2)
add("generic", False, "sh", "ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 -N '' -C deploy@acme")

# More ways credentials are written
add("generic", True, "ini", lambda: f"_auth={base64.b64encode(('ci:' + password()).encode()).decode()}\nalways-auth=true", 2)
add("generic", True, "json", lambda: f'{{"auths": {{"ghcr.io": {{"auth": "{base64.b64encode(("acme:" + rand(ALNUM, 30)).encode()).decode()}"}}}}}}', 2)
add("generic", True, "yaml", lambda: f"users:\n- name: admin\n  user:\n    client-key-data: {b64bytes(240)}", 2)
add("generic", True, "yaml", lambda: f"apiVersion: v1\nkind: Secret\ndata:\n  password: {base64.b64encode(password().encode()).decode()}", 2)
add("generic", True, "php", lambda: f"define('DB_PASSWORD', '{password()}');\ndefine('DB_HOST', 'localhost');", 2)
add("generic", True, "xml", lambda: f"<datasource>\n  <username>app</username>\n  <password>{password()}</password>\n</datasource>", 2)
add("generic", True, "properties", lambda: f"spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password={password()}", 2)
add("generic", True, "sh", lambda: f"docker run -d -e POSTGRES_PASSWORD={password()} -p 5432:5432 postgres:16", 2)
add("generic", True, "yaml", lambda: f"services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: {password()}", 2)
add("generic", True, "json", lambda: f'[{{"Env": ["PATH=/usr/bin", "API_TOKEN={rand(ALNUM, 40)}"]}}]', 2)
add("generic", True, "tfvars", lambda: f"db_password = \"{password()}\"\nregion      = \"eu-west-1\"", 2)
add("generic", True, "py", lambda: f"conn = psycopg2.connect(host='db', user='app', password='{password()}')", 2)
add("generic", True, "sh", lambda: f"  812  export PGPASSWORD='{password()}'\n  813  psql -h db.internal -U app", 2)
add("generic", True, "log", lambda: f"DEBUG request headers: {{'Authorization': 'Bearer {rand(ALNUM, 48)}', 'Accept': '*/*'}}", 2)
add("generic", True, "yaml", lambda: f"clients:\n  billing:\n    client_secret: {rand(ALNUM + '~._-', 34)}", 2)
add("generic", True, "sh", lambda: f"vault login -method=userpass username=ops password='{password()}'", 1)
add("generic", True, "cs", lambda: f"var credential = new NetworkCredential(\"svc\", \"x\");\nvar apiKey = \"{rand(ALNUM, 32)}\";", 1)
add("generic", False, "yaml", "securitySchemes:\n  bearerAuth:\n    type: http\n    scheme: bearer\n    bearerFormat: JWT")
add("generic", False, "json", '{"password_placeholder": "Enter your password", "token_limit": 128000, "access_token_expires_in": 3600}')
add("generic", False, "yaml", "password: ${{ secrets.DB_PASSWORD }}\napi_key: \"${API_KEY}\"\nsecret: true\ntoken: null")
add("generic", False, "sh", "TOKEN=$(cat /run/secrets/token) && curl -H \"Authorization: Bearer ${TOKEN}\" https://api.acme.dev")
add("generic", False, "html", "<input type=\"hidden\" name=\"csrf_token\" value=\"{{ csrf_token() }}\">\n<input type=\"password\" name=\"password\" placeholder=\"Password\">")
add("generic", False, "js", "e.token=t.token,e.secret=n.secret||null,e.password=r.password;")
add("generic", False, "js", "const schema = yup.object({ password: yup.string().min(12).required(), token: yup.string() });")
add("generic", False, "py", "def test_login(client):\n    response = client.post('/login', data={'password': 'wrong'})\n    assert response.status_code == 401")
add("generic", False, "py", "token = token or self.token\npassword = None\napi_key = settings.API_KEY")
add("generic", False, "yaml", lambda: f"clusters:\n- cluster:\n    certificate-authority-data: {b64bytes(240)}\n    server: https://10.0.0.1:6443", 2)
add("generic", False, "php", "define('DB_PASSWORD', getenv('DB_PASSWORD'));\n$token = $request->input('token');")
add("generic", False, "xml", "<password>${env.DB_PASSWORD}</password>\n<token></token>")
add("generic", False, "json", '{"password": "", "passwordConfirmation": "", "token": "", "rememberMe": true}')
add("generic", False, "go", "password := os.Getenv(\"DB_PASSWORD\")\nif password == \"\" {\n\tlog.Fatal(\"DB_PASSWORD is not set\")\n}")
add("generic", False, "sh", "git log -S 'password' --oneline | head\ngrep -rn 'api_key' src/")
add("generic", False, "md", "| Variable | Description |\n|---|---|\n| `API_TOKEN` | token used to call the API |\n| `DB_PASSWORD` | database password |")
add("generic", False, "txt", lambda: f"https://www.youtube.com/watch?v={rand(ALNUM + '-_', 11)} and https://cdn.acme.dev/assets/app.{hexs(20)}.js", 2)
add("generic", False, "json", lambda: f'{{"version": 3, "file": "app.js", "mappings": "{rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/,;", 120)}"}}', 2)
add("generic", False, "sh", lambda: f"openssl dgst -sha256 -hmac \"$WEBHOOK_SECRET\" payload.json\nexpected=sha256={hexs(64)}", 1)

# Benign bulk: content agents read that resembles secrets
add("benign", False, "html", lambda: f"<img src=\"data:image/png;base64,{b64bytes(300)}\" alt=\"logo\">", 4)
add("benign", False, "css", lambda: f".icon {{ background: url(data:image/svg+xml;base64,{b64bytes(120)}); color: #{hexs(6)}; }}", 3)
add("benign", False, "txt", lambda: f"sha256  {hexs(64)}  warden-0.3.0-linux-x86_64.tar.gz", 3)
add("benign", False, "log", lambda: f"{R.randint(10, 23)}:{R.randint(10, 59)}:07 request_id={uid()} method=GET path=/api/v1/users/{uid()} status=200", 4)
add("benign", False, "json", lambda: f'{{"uid": "{uid()}", "resourceVersion": "{R.randint(10000, 99999)}", "creationTimestamp": "2026-11-20T10:00:00Z"}}', 3)
add("benign", False, "sh", lambda: f"git cherry-pick {hexs(40)} && git push origin HEAD:refs/heads/release", 3)
add("benign", False, "js", lambda: f"import \"./chunk-{hexs(8)}.js\";\nconst nonce = \"{rand(ALNUM, 22)}\";", 2)
add("benign", False, "txt", lambda: f"gpg: key {hexs(16).upper()}: public key \"Dana <dana@acme.dev>\" imported\nfingerprint: {' '.join(hexs(4).upper() for _ in range(10))}", 2)
add("benign", False, "sh", lambda: f"history | tail\n  501  cd ~/src/api\n  502  make test\n  503  kubectl get pods -n {rand(LOWER, 6)}\n  504  export PATH=$HOME/bin:$PATH", 2)
add("benign", False, "py", lambda: f"TEST_VECTOR = bytes.fromhex(\"{hexs(64)}\")\nassert hmac_sha256(key, msg).hex() == \"{hexs(64)}\"", 2)
add("benign", False, "yaml", lambda: f"image: ghcr.io/acme/api@sha256:{hexs(64)}\nreplicas: 3", 2)
add("benign", False, "txt", "Password: \nToken: \nYou will be asked for your API token on first run.")
add("benign", False, "md", "Set `password_encryption = scram-sha-256` in postgresql.conf.")
add("benign", False, "swift", "let token = try await session.refreshToken()\nlet secret = keychain[\"api\"]")
add("benign", False, "go", "secret, err := client.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(name)})")
add("benign", False, "log", lambda: f"kernel: [ {R.randint(100, 999)}.{rand(DIGITS, 6)}] EXT4-fs (sda1): mounted filesystem {uid()} r/w", 2)
add("benign", False, "txt", lambda: f"Your verification code is {rand(DIGITS, 6)}. Session {rand(ALNUM, 16)}.", 2)

add("benign", False, "sh", lambda: f"docker pull registry.acme.dev/api:{hexs(12)}\nkubectl rollout status deploy/api -n prod", 2)
add("benign", False, "json", lambda: f'{{"sha": "{hexs(40)}", "node_id": "C_kwDO{rand(ALNUM, 20)}", "tree": {{"sha": "{hexs(40)}"}}}}', 3)
add("benign", False, "log", lambda: f"[{uid()}] POST /graphql 200 operation=ProjectQuery duration={R.randint(3, 400)}ms", 3)
add("benign", False, "txt", lambda: f"Successfully built {hexs(12)}\nSuccessfully tagged acme/api:latest\ndigest: sha256:{hexs(64)} size: 2417", 2)
add("benign", False, "py", lambda: f"SALT_ROUNDS = 12\nCACHE_KEY = \"user:{{id}}:profile\"\nPRIMARY_KEY = \"id\"\nchecksum = \"{hexs(40)}\"", 2)
add("benign", False, "yaml", lambda: f"- name: Cache\n  uses: actions/cache@v4\n  with:\n    key: ${{{{ runner.os }}}}-node-${{{{ hashFiles('**/package-lock.json') }}}}\n    restore-keys: npm-{hexs(8)}", 2)
add("benign", False, "txt", lambda: f"Bitcoin address {rand('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 33)} (public)", 1)
add("benign", False, "sql", lambda: f"INSERT INTO api_tokens (id, user_id, token_hash, created_at) VALUES ('{uid()}', 42, '{hexs(64)}', now());", 2)
add("benign", False, "md", "Rotate the key with `railway variables set RAILWAY_TOKEN=<new token>` and never commit it.")
add("benign", False, "sh", "railway run --service api -- env | grep -v TOKEN\nrailway logs --deployment")
add("benign", False, "json", lambda: f'{{"data": {{"volumeInstances": [{{"id": "{uid()}", "volumeId": "{uid()}", "mountPath": "/data"}}]}}}}', 2)
add("benign", False, "sh", lambda: f"ssh -i ~/.ssh/deploy_key -o StrictHostKeyChecking=no deploy@{R.randint(10, 250)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 2)
add("benign", False, "txt", lambda: f"Key fingerprint = {' '.join(hexs(4).upper() for _ in range(10))}\nuid  Release Signing <release@acme.dev>", 1)

for index, sample in enumerate(samples):
    sample["id"] = f"{sample['category']}-{index:03d}"

out = pathlib.Path(__file__).resolve().parent.parent / "Tests/AnalysisTests/Fixtures/secrets/sample.jsonl"
with out.open("w") as handle:
    for sample in samples:
        handle.write(json.dumps({k: sample[k] for k in ("id", "category", "secret", "ext", "text")}) + "\n")
positives = sum(s["secret"] for s in samples)
print(f"wrote {len(samples)} samples ({positives} with a secret, {len(samples) - positives} without) to {out}")
