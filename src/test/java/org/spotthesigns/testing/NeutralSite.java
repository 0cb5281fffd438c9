package org.spotthesigns.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for the neutral site "Exit this page" leaves for (a weather page in production),
 * on another port and so another origin. It answers slowly, like a real site on a phone, so
 * tests can see what the visitor sees while it loads.
 */
public final class NeutralSite {

    public static final String HEADING = "Weather forecast";
    private static final long ANSWER_DELAY_MS = 1500;
    private static NeutralSite running;

    private final HttpServer server;

    private NeutralSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            boolean slow = exchange.getRequestURI().getPath().equals("/weather");
            if (slow) {
                try {
                    Thread.sleep(ANSWER_DELAY_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] page = ("<!doctype html><html lang=en><title>" + HEADING + "</title><h1>" + HEADING + "</h1>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public static synchronized NeutralSite get() {
        if (running == null) {
            running = new NeutralSite();
        }
        return running;
    }

    /** The address the portal is configured to leave for. */
    public String exitUrl() {
        return base() + "/weather";
    }

    /** Another page of the neutral site, for a history entry before the portal. */
    public String startUrl() {
        return base() + "/news";
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
