package nl.ingrado.portal.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiConsumer;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.newsletter.boundary.Editions;
import nl.ingrado.portal.newsletter.boundary.Segments;
import nl.ingrado.portal.newsletter.boundary.Sending;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.newsletter.entity.SegmentKind;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/**
 * /staff/newsletter/edition.xhtml?id= (Edition): compose an edition (subject, intro, segment, items),
 * preview it as mail and as web page, send a test to oneself, schedule it in Dutch time (stored in
 * UTC), and follow its sending. Without an id the page starts a new edition. Every POST redirects.
 */
@Named
@ViewScoped
public class StaffEdition implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Editions editions;

    @Inject
    Segments segments;

    @Inject
    Sending sending;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    @Getter
    @Setter
    private Long item;
    @Getter
    @Setter
    private String mail;
    @Getter
    private Edition edition;
    @Getter
    private List<EditionItem> items = List.of();
    @Getter
    private List<Segments.Row> segmentRows = List.of();
    @Getter
    private final EditionForm form = new EditionForm();
    @Getter
    private final ItemForm itemForm = new ItemForm();
    @Getter
    private final ScheduleForm scheduleForm = new ScheduleForm();
    @Getter
    private EditionItem editing;
    @Getter
    @Setter
    private String testLanguage;
    @Getter
    private SendingProgress progress;
    @Getter
    private Sending.Statistics statistics;

    public void load() throws IOException {
        segmentRows = segments.list();
        testLanguage = "en".equals(Faces.getLocale().getLanguage()) ? "en" : "nl";
        if (id == null) {
            segmentRows.stream().filter(s -> s.kind() == SegmentKind.EVERYONE).findFirst()
                    .ifPresent(s -> form.setSegmentId(s.id()));
            return;
        }
        edition = Pages.found(editions.find(id), "edition not found");
        if (edition == null) {
            return;
        }
        items = editions.items(id);
        form.fill(edition);
        if (item != null) {
            editing = items.stream().filter(i -> i.id() == item).findFirst().orElse(null);
            if (editing != null) {
                itemForm.fill(editing);
            }
        }
        if (edition.isEditable()) {
            scheduleForm.fill(local(edition.scheduledAt()), sending.proposeNextDate());
        } else {
            progress = new SendingProgress(sending.progress(id));
            if (edition.status() == EditionStatus.SENT) {
                statistics = sending.statistics(id);
            }
        }
    }

    public void save() throws IOException {
        var actor = actor();
        if (id == null) {
            long created = editions.create(form.getSubject(), form.getIntro(), form.getSegmentId(), actor);
            Feedback.flash("nls.edition.created");
            Faces.redirect("staff/newsletter/edition.xhtml?id=" + created);
        } else {
            editions.update(id, form.getSubject(), form.getIntro(), form.getSegmentId(), actor);
            shown("", "nls.edition.saved");
        }
    }

    public void saveItem() throws IOException {
        var image = itemForm.imageContent();
        editions.saveItem(id, item, itemForm.getTitle(), itemForm.getBody(), itemForm.getLink(), image,
                itemForm.getImageAlt(), itemForm.isRemoveImage(), actor());
        shown("#items", item == null ? "nls.item.added" : "nls.item.saved");
    }

    public void moveUp(long itemId) throws IOException {
        editions.moveItem(id, itemId, true, actor());
        redirect("#items");
    }

    public void moveDown(long itemId) throws IOException {
        editions.moveItem(id, itemId, false, actor());
        redirect("#items");
    }

    public void removeItem(long itemId) throws IOException {
        editions.removeItem(id, itemId, actor());
        shown("#items", "nls.item.removed");
    }

    public void sendTest() throws IOException {
        var to = currentUser.getEmail();
        sending.sendTest(id, to, "en".equals(testLanguage) ? "en" : "nl");
        shown("", "nls.test.sent", to);
    }

    public void schedule() throws IOException {
        scheduleForm.requireComplete();
        requireItems();
        step((edition, actor) -> sending.schedule(edition, scheduleForm.atUtc(), actor), "nls.schedule.done");
    }

    public void sendNow() throws IOException {
        requireItems();
        step(sending::sendNow, "nls.send.started");
    }

    public void unschedule() throws IOException {
        step(sending::unschedule, "nls.schedule.withdrawn");
    }

    public void pause() throws IOException {
        step(sending::pause, "nls.send.paused");
    }

    public void resume() throws IOException {
        step(sending::resume, "nls.send.resumed");
    }

    /** An edition without items is not sent, now or later. */
    private void requireItems() {
        if (items.isEmpty()) {
            throw new BusinessException("nls.edition.noItems");
        }
    }

    /** A step in the edition's sending, taken as the current user, then the page again saying so. */
    private void step(BiConsumer<Long, String> change, String done) throws IOException {
        change.accept(id, actor());
        shown("", done);
    }

    public void delete() throws IOException {
        editions.delete(id, actor());
        Feedback.flash("nls.edition.deleted");
        Faces.redirect("staff/newsletter/index.xhtml");
    }

    /** The poll while sending: only the figures are read again. */
    public void refresh() {
        if (id != null) {
            progress = new SendingProgress(sending.progress(id));
        }
    }

    public long recipientsOf(Long segment) {
        return segmentRows.stream().filter(s -> segment != null && s.id() == segment).findFirst()
                .map(Segments.Row::recipients).orElse(0L);
    }

    public LocalDateTime local(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Clocks.AMSTERDAM).toLocalDateTime();
    }

    public String getMailLanguage() {
        return "en".equals(mail) ? "en" : "nl";
    }

    private void redirect(String anchor) throws IOException {
        Faces.redirect("staff/newsletter/edition.xhtml?id=" + id + anchor);
    }

    /** After a change: the edition's page again (at {@code anchor}), with what was done. */
    private void shown(String anchor, String done, Object... args) throws IOException {
        Feedback.flash(done, args);
        redirect(anchor);
    }

    private String actor() {
        return currentUser.getEmail();
    }
}
