"""One visitor's browser for the soak: cookies, the CSRF token, plain HTTP to 127.0.0.1."""

import http.client
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@dataclass
class Response:
    status: int
    location: str
    text: str


class Browser:
    """Keeps cookies like a browser and sends the CSRF token with every POST."""

    def __init__(self, base_url: str, *, timeout: float = 30.0):
        parts = urlsplit(base_url)
        if parts.hostname not in LOCAL_HOSTS:
            raise ValueError("The soak sends traffic to this machine only.")
        self.base_url = base_url.rstrip("/")
        self.host = parts.hostname
        self.port = parts.port or 80
        self.timeout = timeout
        self.cookies: dict[str, str] = {}

    def _headers(self, path: str, body: bytes | None) -> dict:
        headers = {
            "Host": f"{self.host}:{self.port}",
            "User-Agent": "toolwijzer-soak",
            "Accept-Language": "nl",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = self.base_url + path
        return headers

    def _keep_cookies(self, response) -> None:
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def request(self, method: str, path: str, fields=None) -> Response:
        body = urlencode(fields, doseq=True).encode() if fields is not None else None
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            connection.request(method, path, body=body, headers=self._headers(path, body))
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        self._keep_cookies(response)
        text = data.decode("utf-8", "replace")
        return Response(response.status, response.headers.get("Location", ""), text)

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post(self, path: str, fields: dict | list) -> Response:
        items = list(fields.items()) if isinstance(fields, dict) else list(fields)
        # Django accepts the cookie's secret as the form's token; a page read before
        # signing in would carry a token that signing in rotated away.
        items.append(("csrfmiddlewaretoken", self.cookies.get("csrftoken", "")))
        return self.request("POST", path, items)

    def sign_in(self, username: str, password: str) -> None:
        self.get("/nl/accounts/login/")
        response = self.post(
            "/nl/accounts/login/", {"username": username, "password": password, "next": ""}
        )
        if response.status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"Signing in as {username} failed ({response.status}).")
