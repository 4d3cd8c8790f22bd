import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A local SMTP server for benchmarks (loopback only, no dependencies): accepts every message and appends its
 * Message-ID (or "-" when it has none) to a file, one line per accepted message, before answering 250. Also a client
 * ("reference") that sends N messages to it over one connection, the reference throughput of the same run.
 *
 *   java bench/SmtpCounter.java serve PORT IDS_FILE
 *   java bench/SmtpCounter.java reference PORT COUNT
 */
public class SmtpCounter {

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("serve")) {
            serve(Integer.parseInt(args[1]), Path.of(args[2]));
        } else if (args.length == 3 && args[0].equals("reference")) {
            reference(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else {
            System.err.println("usage: serve PORT IDS_FILE | reference PORT COUNT");
            System.exit(2);
        }
    }

    static void serve(int port, Path ids) throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(loopback, port), 64);
            System.out.println("listening on " + loopback.getHostAddress() + ":" + port);
            Writer out = Files.newBufferedWriter(ids, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            while (true) {
                Socket socket = server.accept();
                Thread thread = new Thread(() -> session(socket, out));
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    static void session(Socket socket, Writer ids) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(socket.getOutputStream(), false, StandardCharsets.UTF_8)) {
            reply(out, "220 localhost counter");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String id = "-";
                        boolean headers = true;
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            if (headers && data.isEmpty()) {
                                headers = false;
                            } else if (headers && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                id = data.substring(11).strip();
                            }
                        }
                        synchronized (ids) {
                            ids.write(id + "\n");
                            ids.flush();
                        }
                        reply(out, "250 accepted");
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (Exception e) {
            // a client that went away (the platform killed): its message, if unfinished, was not accepted
        }
    }

    static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    static void reference(int port, int count) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream raw = socket.getOutputStream()) {
            in.readLine();
            long began = System.nanoTime();
            send(raw, in, "EHLO reference");
            for (int i = 0; i < count; i++) {
                send(raw, in, "MAIL FROM:<reference@localhost>");
                send(raw, in, "RCPT TO:<reader" + i + "@reference.example.org>");
                send(raw, in, "DATA");
                send(raw, in, "Message-ID: <reference-" + i + "@localhost>\r\nSubject: reference\r\n\r\n" + "x".repeat(4000) + "\r\n.");
            }
            send(raw, in, "QUIT");
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(Locale.ROOT, "reference: %d messages over one SMTP connection in %.2f s (%.0f/s)%n", count, seconds,
                    count / seconds);
        }
    }

    static void send(OutputStream out, BufferedReader in, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        in.readLine();
    }
}
