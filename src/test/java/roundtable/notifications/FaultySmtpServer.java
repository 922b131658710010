package roundtable.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server for the faults GreenMail cannot play: it refuses chosen recipients with
 * 550 for good; while {@link #silent} is set, it accepts connections and never says a word;
 * with a {@link #slowness} it takes its time over each message. Otherwise it takes every
 * message and keeps who it was for and its Message-ID.
 */
final class FaultySmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> messageIds = new CopyOnWriteArrayList<>();
    private final List<Instant> connections = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    volatile boolean silent;
    volatile Duration slowness = Duration.ZERO;

    FaultySmtpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("faulty-smtp").start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    /** Recipients of every message accepted, one entry per message. */
    List<String> delivered() {
        return List.copyOf(delivered);
    }

    /** The Message-ID of every message accepted. */
    List<String> messageIds() {
        return List.copyOf(messageIds);
    }

    /** When each connection was accepted. */
    List<Instant> connections() {
        return List.copyOf(connections);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.add(Instant.now());
                open.add(client);
                boolean mute = silent;
                Thread.ofPlatform().daemon().start(() -> {
                    if (!mute) {
                        converse(client);
                    }
                });
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = client.getOutputStream();
            say(out, "220 faulty.example ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    say(out, "250 faulty.example");
                } else if (command.startsWith("MAIL FROM")) {
                    recipients.clear();
                    say(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'))
                            .toLowerCase(Locale.ROOT);
                    if (refused.contains(address)) {
                        say(out, "550 5.1.1 <" + address + ">: mailbox unavailable");
                    } else {
                        recipients.add(address);
                        say(out, "250 OK");
                    }
                } else if (command.equals("DATA")) {
                    say(out, "354 go ahead");
                    String id = null;
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (id == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            id = line.substring(11).strip();
                        }
                    }
                    Thread.sleep(slowness);
                    messageIds.add(id);
                    delivered.addAll(recipients);
                    say(out, "250 OK queued");
                } else if (command.equals("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket s : open) {
                s.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }
}
