"""Serves a built site with the Nginx and Apache settings from
docs/publishing.md, on 127.0.0.1, and checks what they promise: pages,
the 404 page with status 404, redirect pages, a year's caching for
fingerprinted assets, no-cache for pages, and the feeds' media type.
Usage: check_server_config.py SITE_FOLDER DOCS_FILE WORK_FOLDER"""
import glob
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time

site, docs, work = (os.path.abspath(arg) for arg in sys.argv[1:4])
text = open(docs, encoding="utf-8").read()
problems = []


def block(language):
    found = re.findall(r"```" + language + r"\n(.*?)```", text, re.S)
    if len(found) != 1:
        sys.exit(f"error: {docs} should hold one ```{language} block, found {len(found)}")
    return found[0]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def wait(port, process, log):
    for _ in range(100):
        if process.poll() is not None:
            sys.exit(f"error: the server stopped: {open(log).read() if os.path.exists(log) else ''}")
        try:
            get(port, "/")
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("error: the server did not answer")


def check(server, port):
    before = len(problems)

    def expect(condition, message):
        if not condition:
            problems.append(f"{server}: {message}")

    status, _, body = get(port, "/")
    expect(status == 200 and "<html" in body, f"/ gave {status}")
    not_found = open(os.path.join(site, "404.html"), encoding="utf-8").read()
    status, headers, body = get(port, "/no-such-page/")
    expect(status == 404, f"a missing page gave {status}, not 404")
    expect(body == not_found, "a missing page did not get the site's 404.html")
    redirects = [p for p in glob.glob(os.path.join(site, "**/index.html"), recursive=True)
                 if 'http-equiv="refresh"' in open(p, encoding="utf-8").read()]
    expect(redirects, "the site has no redirect page to try")
    for page in redirects[:1]:
        address = "/" + os.path.relpath(os.path.dirname(page), site) + "/"
        status, _, body = get(port, address)
        expect(status == 200 and 'http-equiv="refresh"' in body, f"the redirect page {address} gave {status}")
        status, headers, _ = get(port, address.rstrip("/"))
        expect(status == 301 and headers.get("location", "").endswith(address),
               f"{address.rstrip('/')} gave {status} to {headers.get('location')}, not 301 to {address}")
    for asset in glob.glob(os.path.join(site, "assets", "*.*.css")) + glob.glob(os.path.join(site, "assets", "*.*.js")):
        address = "/" + os.path.relpath(asset, site)
        status, headers, _ = get(port, address)
        cache = headers.get("cache-control", "")
        expect(status == 200 and "max-age=31536000" in cache and "immutable" in cache,
               f"{address} gave {status} with Cache-Control {cache!r}")
    status, headers, _ = get(port, "/index.html")
    expect(headers.get("cache-control") == "no-cache", f"/index.html has Cache-Control {headers.get('cache-control')!r}")
    for feed in glob.glob(os.path.join(site, "**/atom.xml"), recursive=True):
        address = "/" + os.path.relpath(feed, site)
        status, headers, _ = get(port, address)
        kind = headers.get("content-type", "")
        expect(status == 200 and kind.startswith("application/atom+xml"), f"{address} gave {status} as {kind!r}")
    if len(problems) == before:
        print(f"{server}: served the site as docs/publishing.md says")


def nginx():
    port = free_port()
    server = block("nginx").replace("listen 80;", f"listen 127.0.0.1:{port};").replace("/srv/health/output", site)
    folder = os.path.join(work, "nginx")
    os.makedirs(folder)
    conf = os.path.join(folder, "nginx.conf")
    user = "user root;\n" if os.getuid() == 0 else ""
    with open(conf, "w") as out:
        out.write(f"{user}daemon off;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log;\nevents {{}}\nhttp {{\n"
                  f"include /etc/nginx/mime.types;\naccess_log off;\n"
                  + "".join(f"{kind}_temp_path {folder}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
                  + server + "}\n")
    process = subprocess.Popen(["nginx", "-c", conf, "-p", folder], stderr=subprocess.DEVNULL)
    try:
        wait(port, process, f"{folder}/error.log")
        check("nginx", port)
    finally:
        process.terminate()
        process.wait()


def apache():
    port = free_port()
    host = block("apache").replace("<VirtualHost *:80>", f"<VirtualHost 127.0.0.1:{port}>").replace("/srv/health/output", site)
    folder = os.path.join(work, "apache")
    os.makedirs(folder)
    conf = os.path.join(folder, "httpd.conf")
    modules = "/usr/lib/apache2/modules"
    loads = "".join(f"LoadModule {name}_module {modules}/mod_{name}.so\n"
                    for name in ("mpm_event", "authz_core", "dir", "mime", "headers"))
    user = "User www-data\nGroup www-data\n" if os.getuid() == 0 else ""
    with open(conf, "w") as out:
        out.write(loads + user + f"ServerName localhost\nListen 127.0.0.1:{port}\nPidFile {folder}/httpd.pid\n"
                  f"ErrorLog {folder}/error.log\nDefaultRuntimeDir {folder}\nMutex file:{folder}\n"
                  "TypesConfig /etc/mime.types\n" + host)
    log = f"{folder}/error.log"
    process = subprocess.Popen(["apache2", "-f", conf, "-DFOREGROUND"], stderr=subprocess.PIPE)
    try:
        wait(port, process, log)
        check("apache", port)
    finally:
        process.terminate()
        process.wait()


for server in (nginx, apache):
    server()
for problem in problems:
    print("error: " + problem, file=sys.stderr)
sys.exit(1 if problems else 0)
