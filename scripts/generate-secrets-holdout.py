#!/usr/bin/env python3
"""Writes Tests/AnalysisTests/Fixtures/secrets/holdout.jsonl: 60 snippets (30 with a fake credential, 30 look-alikes)
written after the detector was tuned on sample.jsonl, and measured once before any change, to show how much the
main sample flatters the detector (docs/secrets.md). Same format as sample.jsonl; every credential is a random fake.
Run: python3 scripts/generate-secrets-holdout.py
"""
import base64
import json
import pathlib
import random
import string
import uuid

R = random.Random(99)
A = string.ascii_letters + string.digits
H = "0123456789abcdef"
def r(al, n):
    while True:
        s = "".join(R.choice(al) for _ in range(n))
        if not any(b in s.lower() for b in ["test","fake","xxxx","your","1234","abcd","example","mock","dummy","todo","0000"]): return s
def b64(n): return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()
pos = [
 f"heroku config:set STRIPE_API_KEY=sk_live_{r(A,24)} -a acme",
 f"[pypi]\nusername: __token__\npassword: pypi-AgEIcHlwaS5vcmc{r(A+'-_',120)}",
 f"docker login -u acme -p dckr_pat_{r(A+'-_',27)}",
 f"openai.api_key = \"sk-proj-{r(A+'-_',60)}T3BlbkFJ{r(A+'-_',60)}\"",
 f"db_password = \"R4nd{r(A,6)}!pass\"",
 f"mongodb://root:Xk29{r(A,8)}@mongo:27017/admin",
 f"export ANTHROPIC_API_KEY=\"sk-ant-api03-{r(A+'-_',93)}AA\"",
 f'{{"Credentials": {{"SessionToken": "IQoJb3JpZ2luX2Vj{b64(300)}"}}}}',
 f"kubectl create secret generic db --from-literal=password='S3cure-{r(A,8)}'",
 f"SLACK = {{'token': 'xoxb-{r(string.digits,11)}-{r(string.digits,12)}-{r(A,24)}', 'channel': '#ops'}}",
 f"origin\thttps://oauth2:glpat-{r(A+'-_',20)}@gitlab.com/acme/api.git (fetch)",
 f"//npm.pkg.github.com/:_authToken=ghp_{r(A,36)}",
 f"CLOUDFLARE_API_TOKEN={r(A+'_-',40)}",
 "-----BEGIN DSA PRIVATE KEY-----\n" + "\n".join(b64(48) for _ in range(6)) + "\n-----END DSA PRIVATE KEY-----",
 f"DATADOG_API_KEY={r(H,32)}",
 f"curl -H 'Authorization: token ghp_{r(A,36)}' https://api.github.com/repos/acme/api",
 f"AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj{r(A+'+/',200)}",
 f"https://dana:ghp_{r(A,36)}@github.com",
 f"PGPASSWORD='{r(A,10)}9!' psql -h db -U app",
 f"headers: {{ 'X-API-Key': '{r(A,32)}' }}",
 f"ENV['API_SECRET'] ||= '{r(H,32)}'",
 f"  - --password=Secr3t{r(A,6)}!",
 f'{{"level":"debug","msg":"request","authorization":"Bearer {r(A,40)}"}}',
 f'"secret": "{r(A+"+/",40)}",',
 f"SECRET_KEY_BASE={r(H,128)}",
 f"jdbc:mysql://db:3306/app?user=app&password=Xy12#{r(A,6)}",
 f"requests.get(url, auth=(\"admin\", \"Qv7{r(A,9)}\"))",
 f"TWILIO_AUTH_TOKEN={r(H,32)}",
 f"google_maps_key: AIza{r(A+'-_',35)}",
 f"WEBHOOK_URL=https://hooks.slack.com/services/T{r(string.ascii_uppercase+string.digits,8)}/B{r(string.ascii_uppercase+string.digits,10)}/{r(A,24)}",
]
neg = [
 "##[debug] Evaluating: secrets.NPM_TOKEN",
 "password: \"{{ lookup('env', 'DB_PASSWORD') }}\"",
 "aws_secret_access_key = {{ aws_secret }}",
 "SECRET_KEY = get_random_secret_key()",
 "const token = localStorage.getItem(\"token\") ?? \"\"",
 "\"password\": \"<redacted>\"",
 "Password reset token expired for user 4512",
 "Merge pull request #412 from acme/fix-token-refresh",
 f"\"integrity\": \"sha1-{b64(20)}\"",
 "client_secret=os.getenv(\"CLIENT_SECRET\")",
 "token_endpoint: https://oauth2.googleapis.com/token",
 "\"apiKey\": \"\"",
 f"Created wheel for acme: filename=acme-0.1-py3-none-any.whl size=4120 sha256={r(H,64)}",
 f"example:\n  id: {uuid.UUID(int=R.getrandbits(128), version=4)}",
 "CACHE_KEY_PREFIX=app:v2:",
 f"2048 SHA256:{r(A+'+/',43)} dana@host (RSA)",
 "--primary-token: #3b82f6;",
 "secret_id: !Ref DbSecret",
 "const { data } = useQuery(GET_TOKEN)",
 "if (token.type === 'Bearer') return next()",
 "private static final String PASSWORD_PARAM = \"password\";",
 "AUTH_SECRET=",
 "const testToken = \"test-token-123\"",
 "echo $GITHUB_TOKEN | gh auth login --with-token",
 f"\"thumbnail\": \"iVBORw0KGgo{b64(200)}\"",
 f"<script nonce=\"{r(A,22)}\">",
 "STRIPE_SECRET_KEY=sk_test_...",
 "Authorization: Bearer <token>",
 f"{b64(32)}",
 "\"access_token_url\": \"https://github.com/login/oauth/access_token\"",
]
out = pathlib.Path(__file__).resolve().parent.parent / "Tests/AnalysisTests/Fixtures/secrets/holdout.jsonl"
with out.open("w") as f:
    for i,t in enumerate(pos): f.write(json.dumps({"id":f"hp-{i}","category":"holdout","secret":True,"ext":"txt","text":t})+"\n")
    for i,t in enumerate(neg): f.write(json.dumps({"id":f"hn-{i}","category":"holdout","secret":False,"ext":"txt","text":t})+"\n")
