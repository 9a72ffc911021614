"""Fake credentials for the corpus: format-valid, generated from a fixed seed, never real.

Every value here is produced by `random.Random(SEED)`; none was ever issued by a provider. They exist so the
corpus can check that a command line carrying a credential is flagged.
"""

import base64
import json
import random
import string

SEED = "warden-corpus-fake-credentials-v1"

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "_-"
HEX = "0123456789abcdef"


class Fakes:
    """A seeded source of fake, format-valid credentials."""

    def __init__(self, seed: str = SEED) -> None:
        self.rng = random.Random(seed)

    def chars(self, count: int, alphabet: str = ALNUM) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(count))

    def digits(self, count: int) -> str:
        return str(self.rng.randint(1, 9)) + self.chars(count - 1, string.digits)

    def uuid(self) -> str:
        h = self.chars(32, HEX)
        h = h[:12] + "4" + h[13:16] + self.rng.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def github_classic(self) -> str:
        return "ghp_" + self.chars(36)

    def github_oauth(self) -> str:
        return "gho_" + self.chars(36)

    def github_fine_grained(self) -> str:
        return "github_pat_" + self.chars(22) + "_" + self.chars(59)

    def gitlab(self) -> str:
        return "glpat-" + self.chars(20, URLSAFE)

    def slack_bot(self) -> str:
        return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.chars(24)}"

    def stripe_live(self) -> str:
        return "sk_live_" + self.chars(24)

    def openai(self) -> str:
        return "sk-proj-" + self.chars(74, URLSAFE) + "T3BlbkFJ" + self.chars(74, URLSAFE)

    def anthropic(self) -> str:
        return "sk-ant-api03-" + self.chars(93, URLSAFE) + "AA"

    def aws_access_key(self) -> str:
        return "AKIA" + self.chars(16, UPPER_DIGITS)

    def aws_secret_key(self) -> str:
        return self.chars(40, ALNUM + "/+")

    def google_api_key(self) -> str:
        return "AIza" + self.chars(35, URLSAFE)

    def npm(self) -> str:
        return "npm_" + self.chars(36)

    def pypi(self) -> str:
        return "pypi-AgEIcHlwaS5vcmc" + self.chars(80, URLSAFE)

    def fly(self) -> str:
        return "FlyV1 fm2_" + self.chars(120, ALNUM + "+/") + "=="

    def jwt(self) -> str:
        def part(obj: dict) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        header = part({"alg": "HS256", "typ": "JWT"})
        payload = part({"sub": "corpus-" + self.chars(8, string.ascii_lowercase), "iat": self.rng.randint(1.6e9, 1.8e9)})
        return f"{header}.{payload}.{self.chars(43, URLSAFE)}"

    def private_key(self) -> str:
        body = base64.b64encode(bytes(self.rng.randrange(256) for _ in range(300))).decode()
        lines = [body[i : i + 70] for i in range(0, len(body), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
