package io.zpl.adapters.zalo.sandbox;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The sandbox's own small pages: plain HTML, clearly marked as a fake Zalo. */
final class SandboxPage {

    private SandboxPage() {}

    static String wrap(String title, String content) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Zalo sandbox</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#1a2533}
                .banner{background:#fff4ce;border:1px solid #e0b400;padding:.6rem .9rem;border-radius:6px}
                label{display:block;margin:.6rem 0 .2rem;font-weight:600}
                input,select,textarea{width:100%%;padding:.4rem;box-sizing:border-box;font:inherit}
                button{margin-top:1rem;padding:.5rem 1.2rem;font:inherit;background:#0068ff;color:#fff;border:0;border-radius:4px}
                pre{background:#f3f5f8;padding:.7rem;overflow:auto;white-space:pre-wrap}
                table{border-collapse:collapse}td,th{border:1px solid #d0d7e0;padding:.3rem .5rem;text-align:left}
                </style></head><body>
                <p class="banner"><b>Zalo sandbox</b> — a fake Zalo for demo and test mode only. Nothing here reaches
                the real Zalo.</p>
                <h1>%s</h1>%s</body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), content);
    }

    static String simulator(List<ZaloSandbox.Oa> oas, List<SandboxSettings.App> apps) {
        var options = new StringBuilder();
        for (var oa : oas) {
            options.append("<option value=\"")
                    .append(oa.oaId())
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(
                            oa.name() + " (" + oa.oaId() + ", App " + oa.app().appId() + ")"))
                    .append("</option>");
        }
        return wrap("Customer simulator", """
                <p>Act as a customer: the sandbox sends the webhook Zalo would send, signed with the App's OA secret
                key, to this server's <code>/zalo/webhook</code>. Then open <a href="/zalo-events">Zalo Events</a>.</p>
                <p>Zalo puts no name in message webhooks: a new customer shows as "Zalo user …" until they share
                their info (<i>user_submit_info</i>) or a Sync Profile reads their name.</p>
                <form id="f">
                <label for="oaId">Official Account</label><select id="oaId">%s</select>
                <label for="zaloUserId">Zalo user id on this OA (empty: a new customer)</label><input id="zaloUserId">
                <label for="displayName">Display name (kept in the sandbox; sent with user_submit_info)</label>
                <input id="displayName">
                <label for="eventName">Event</label><select id="eventName">
                <option>user_send_text</option><option>user_send_image</option><option>follow</option>
                <option>unfollow</option><option>user_submit_info</option><option>user_seen_message</option>
                <option>user_received_message</option></select>
                <label for="text">Message text</label><input id="text" value="Xin chào, tôi muốn hỏi giá">
                <label for="phone">Phone (user_submit_info)</label><input id="phone" placeholder="0912 345 678">
                <button type="submit">Send as the customer</button></form>
                <h2>Result</h2><pre id="out">Nothing sent yet.</pre>
                %s
                <script>
                document.getElementById('f').addEventListener('submit', async e => {
                  e.preventDefault();
                  const v = id => document.getElementById(id).value.trim() || null;
                  const body = {oaId: v('oaId'), zaloUserId: v('zaloUserId'), displayName: v('displayName'),
                                eventName: v('eventName'), text: v('text'), phone: v('phone')};
                  const r = await fetch('/sandbox/zalo/simulate', {method: 'POST',
                        headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
                  const json = await r.json();
                  if (json.zaloUserId) document.getElementById('zaloUserId').value = json.zaloUserId;
                  document.getElementById('out').textContent = JSON.stringify(json, null, 2);
                });
                </script>
                """.formatted(options, developerConsole(apps)));
    }

    /** What developers.zalo.me would show the App's owner: the ids and secrets "Add Zalo App" asks for. */
    private static String developerConsole(List<SandboxSettings.App> apps) {
        var rows = new StringBuilder();
        for (var app : apps) {
            var oaNames = new StringBuilder();
            for (var oa : app.oas()) {
                oaNames.append(oaNames.isEmpty() ? "" : "<br>")
                        .append(HtmlUtils.htmlEscape(oa.name()))
                        .append(" <code>")
                        .append(oa.oaId())
                        .append("</code>");
            }
            rows.append("<tr><td>")
                    .append(HtmlUtils.htmlEscape(app.name()))
                    .append("</td><td><code>")
                    .append(app.appId())
                    .append("</code></td><td><code>")
                    .append(HtmlUtils.htmlEscape(app.appSecret()))
                    .append("</code></td><td><code>")
                    .append(HtmlUtils.htmlEscape(app.oaSecretKey()))
                    .append("</code></td><td>")
                    .append(oaNames)
                    .append("</td></tr>");
        }
        return """
                <h2>Zalo Apps (the sandbox's developers.zalo.me)</h2>
                <p>What Official Accounts → <i>Add Zalo App</i> and <i>Add Official Account</i> ask for. An App the
                demo has not set up yet can be added there; <i>Connect to Zalo</i> on its OA page then runs the
                OAuth permission flow against this sandbox.</p>
                <table id="apps"><tr><th>App</th><th>App ID</th><th>App secret</th><th>OA secret key</th>
                <th>OAs</th></tr>%s</table>
                """.formatted(rows);
    }
}
