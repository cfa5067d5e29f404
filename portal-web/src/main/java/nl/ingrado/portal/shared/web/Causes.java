package nl.ingrado.portal.shared.web;

/** The first cause of a kind in a failure's chain: Faces and EJB wrap what a page needs to see. */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> kind) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }
}
