package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;
import nl.ingrado.portal.question.boundary.ArticleEditor.Editor;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.KnowledgeBase.Reader;
import nl.ingrado.portal.shared.web.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * The knowledge base's view of who is on the page: what they may read (members-only articles and
 * documents) and whether they edit. Editors are advisers and staff, by the session's role names, so
 * this holds before and after the role ADVISER exists.
 */
@Named("knowledgeReader")
@RequestScoped
public class CurrentReader {

    @Inject
    CurrentUser currentUser;

    @Inject
    KnowledgeBase knowledgeBase;

    private Reader reader;

    public Reader reader() {
        if (reader == null) {
            var user = currentUser.sessionUser();
            reader = user.isEmpty()
                    ? Reader.VISITOR
                    : knowledgeBase.reader(user.get().accountId(), user.get().groups());
        }
        return reader;
    }

    public boolean isEditor() {
        return currentUser.sessionUser().map(u -> KnowledgeBase.canEdit(u.groups())).orElse(false);
    }

    /** For the editor pages: answers 403 unless the caller edits; true when it did. */
    public boolean refuseNonEditor() throws IOException {
        if (isEditor()) {
            return false;
        }
        Faces.responseSendError(403, "advisers and staff only");
        return true;
    }

    public boolean isMembersOnlyOpen() {
        return reader().membersOnly();
    }

    public boolean isLoggedIn() {
        return currentUser.isLoggedIn();
    }

    /** The caller as editor; the boundary refuses anyone else. */
    public Editor editor() {
        var user = currentUser.sessionUser();
        return new Editor(user.map(u -> u.email()).orElse(null), user.map(u -> u.groups()).orElse(Set.of()));
    }
}
