package org.spotthesigns.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request written byte for byte on a socket, for what an ordinary HTTP client refuses to send:
 * a request target with characters no browser would put there, or a Host header of the sender's
 * choosing.
 */
public final class RawHttp {

    /** The status line's code, the header lines, and the body as sent (not decoded). */
    public record Response(int status, List<String> headers, String body) {

        /** @return the first header of that name, compared without regard to case */
        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst();
        }
    }

    private RawHttp() {}

    /**
     * @param head the request line and headers, one a line, without the blank line that ends them;
     *             {@code Connection: close} is added so the answer ends when the server closes
     */
    public static Response send(int port, String head) throws IOException {
        return send(port, head, "");
    }

    /** As {@link #send(int, String)}, with a body after the headers (its length is added). */
    public static Response send(int port, String head, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String request = head.strip().replace("\n", "\r\n") + "\r\nConnection: close\r\n"
                + (content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "") + "\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
        String statusLine = lines.removeFirst();
        return new Response(Integer.parseInt(statusLine.split(" ")[1]), lines, end < 0 ? "" : text.substring(end + 4));
    }
}
