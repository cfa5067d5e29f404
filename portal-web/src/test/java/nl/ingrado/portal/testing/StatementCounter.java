package nl.ingrado.portal.testing;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements EclipseLink sends on the current thread, through a session event
 * listener ({@code preExecuteCall}). Reached by reflection because EclipseLink is the container's
 * library, not one this module compiles against. Runs inside the container only.
 */
public final class StatementCounter implements AutoCloseable {

    private final AtomicInteger count = new AtomicInteger();
    private final Object eventManager;
    private final Object listener;
    private final Thread thread = Thread.currentThread();

    public StatementCounter(EntityManager em) {
        try {
            var jpaEm = em.unwrap(Class.forName("org.eclipse.persistence.jpa.JpaEntityManager", true,
                    Thread.currentThread().getContextClassLoader()));
            var server = jpaEm.getClass().getMethod("getServerSession").invoke(jpaEm);
            eventManager = server.getClass().getMethod("getEventManager").invoke(server);
            var listenerType = Class.forName("org.eclipse.persistence.sessions.SessionEventListener", true,
                    server.getClass().getClassLoader());
            listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[]{listenerType},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "preExecuteCall" -> {
                                if (Thread.currentThread() == thread) {
                                    count.incrementAndGet();
                                }
                            }
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            case "toString" -> {
                                return "StatementCounter";
                            }
                            default -> {
                                // other session events are of no interest
                            }
                        }
                        return null;
                    });
            eventManager.getClass().getMethod("addListener", listenerType).invoke(eventManager, listener);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot listen to EclipseLink's session events", e);
        }
    }

    public int reset() {
        return count.getAndSet(0);
    }

    public int count() {
        return count.get();
    }

    @Override
    public void close() {
        try {
            var listenerType = Class.forName("org.eclipse.persistence.sessions.SessionEventListener", true,
                    eventManager.getClass().getClassLoader());
            eventManager.getClass().getMethod("removeListener", listenerType).invoke(eventManager, listener);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
