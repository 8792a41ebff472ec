package news.dispatch.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * A deadline for finishing a request's headers. Jetty's idle timeout closes a connection that sends nothing for 30 s,
 * but a client sending one byte every few seconds ("slowloris") would hold a connection, and a thread's worth of
 * buffers, for ever; enough of them and nobody else gets in. A connection that started a request and has not finished
 * its headers within {@link #DEADLINE} is closed.
 *
 * <p>Jetty 12 has no such setting; the parser's state is read from its HTTP/1 connection (an internal class of Jetty,
 * checked against 12.1).
 */
final class HeaderDeadline implements Connection.Listener {
    static final Duration DEADLINE = Duration.ofSeconds(10);

    /** Connections being watched → when they were first seen part-way through a request's headers (0: not). */
    private final Map<HttpConnection, Long> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "header-deadline");
        t.setDaemon(true);
        return t;
    });

    /** Watches every connector of {@code server} once it starts, and stops with it. */
    static void install(Server server) {
        HeaderDeadline deadline = new HeaderDeadline();
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) connector.addBean(deadline);
                deadline.clock.scheduleWithFixedDelay(deadline::check, 1, 1, TimeUnit.SECONDS);
            }

            @Override
            public void lifeCycleStopped(LifeCycle event) {
                deadline.clock.shutdownNow();
            }
        });
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) open.put(http, 0L);
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    private void check() {
        long now = System.nanoTime();
        open.replaceAll((connection, since) -> {
            var parser = connection.getParser();
            if (!parser.inHeaderState() || parser.isStart()) return 0L;
            if (since == 0L) return now;
            if (now - since > DEADLINE.toNanos()) connection.getEndPoint().close();
            return since;
        });
    }
}
