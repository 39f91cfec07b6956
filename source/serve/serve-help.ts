import { DEFAULT_PORT, MAX_DEFAULT_WORKERS } from "./serve-flags.js";

/** `serve --help`: every flag, its default, and what a reader types. */
export const serveHelpText = `
  The résumé over SSH: anyone with an ssh client can read it, no Node needed.

  Usage
    $ npx jvizcaino-resume serve [options]
    then, from anywhere:  ssh -p ${DEFAULT_PORT} HOST

  Options
    --host ADDRESS            Address to listen on (default 127.0.0.1; 0.0.0.0 or :: for everyone)
    --port N                  Port (default ${DEFAULT_PORT}; 0 picks a free one)
    --host-key PATH           The server's private key, made there on first start
                              (default: ssh_host_ed25519_key in the user's data folder)
    --file, -f PATH           Serve another résumé, Markdown or JSON Resume
    --max-sessions N          Connections at once, all clients together (default 64)
    --max-per-address N       Connections at once from one address or IPv6 /64 (default 8)
    --idle-timeout TIME       End a session after this long without a key (default 10m)
    --max-session-time TIME   End any session after this long (default 1h)
    --handshake-timeout TIME  Cut a connection that has not started a session by then (default 5s)
    --max-size COLSxROWS      Draw bigger terminals at this size (default 400x150)
    --workers N               Processes running sessions (default one per core, at most ${MAX_DEFAULT_WORKERS})
    --max-worker-heap MIB     Replace a worker whose heap passes this, once its sessions end (default 512)
    --proxy-protocol          Read a PROXY protocol header (v1 or v2) from a load balancer such as
                              HAProxy: limits and the log then see the client's own address
    --help                    Show this help

  TIME is a number of seconds, or a number with ms, s, m or h: 500ms, 30s, 10m, 1h.
  Any user name is let in, with no password or key. Sessions get the viewer, or
  with a command "ssh -p ${DEFAULT_PORT} HOST print" (the résumé as text), "json" (JSON
  Resume) or "help"; nothing else: no shell, no other commands, no forwarding,
  no sftp. One line per connection goes to stderr. SIGTERM or Ctrl-C ends the
  sessions politely.
`;
