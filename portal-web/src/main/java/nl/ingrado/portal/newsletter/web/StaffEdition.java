package nl.ingrado.portal.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
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

    /** Editions go out in the morning unless staff choose otherwise. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    @Inject
    transient Editions editions;

    @Inject
    transient Segments segments;

    @Inject
    transient Sending sending;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private Long item;
    private String mail;
    private Edition edition;
    private List<EditionItem> items = List.of();
    private List<Segments.Row> segmentRows = List.of();
    private String subject;
    private String intro;
    private Long segmentId;
    private String itemTitle;
    private String itemBody;
    private String itemLink;
    private transient Part itemImage;
    private String itemImageAlt;
    private boolean removeImage;
    private EditionItem editing;
    private String testLanguage;
    private LocalDate scheduleDate;
    private LocalTime scheduleTime;
    private LocalDate proposal;
    private Sending.Progress progress;
    private Sending.Statistics statistics;

    public void load() throws IOException {
        segmentRows = segments.list();
        testLanguage = "en".equals(Faces.getLocale().getLanguage()) ? "en" : "nl";
        if (id == null) {
            segmentRows.stream().filter(s -> s.kind() == SegmentKind.EVERYONE).findFirst()
                    .ifPresent(s -> segmentId = s.id());
            return;
        }
        var found = editions.find(id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "edition not found");
            return;
        }
        edition = found.get();
        items = editions.items(id);
        subject = edition.subject();
        intro = edition.intro();
        segmentId = edition.segmentId();
        if (item != null) {
            editing = items.stream().filter(i -> i.id() == item).findFirst().orElse(null);
            if (editing != null) {
                itemTitle = editing.title();
                itemBody = editing.bodyHtml();
                itemLink = editing.linkUrl();
                itemImageAlt = editing.imageAlt();
            }
        }
        if (edition.isEditable()) {
            proposal = sending.proposeNextDate();
            var scheduled = local(edition.scheduledAt());
            scheduleDate = scheduled == null ? proposal : scheduled.toLocalDate();
            scheduleTime = scheduled == null ? DEFAULT_TIME : scheduled.toLocalTime();
        } else {
            progress = sending.progress(id);
            if (edition.status() == EditionStatus.SENT) {
                statistics = sending.statistics(id);
            }
        }
    }

    public void save() throws IOException {
        var actor = actor();
        if (id == null) {
            long created = editions.create(subject, intro, segmentId, actor);
            Feedback.flash("nls.edition.created");
            Faces.redirect("staff/newsletter/edition.xhtml?id=" + created);
        } else {
            editions.update(id, subject, intro, segmentId, actor);
            Feedback.flash("nls.edition.saved");
            redirect("");
        }
    }

    public void saveItem() throws IOException {
        byte[] image = null;
        if (itemImage != null && itemImage.getSize() > 0) {
            if (itemImage.getSize() > Editions.MAX_IMAGE_BYTES) {
                throw BusinessException.onField("itemImage", "nls.image.tooLarge",
                        Editions.MAX_IMAGE_BYTES / 1024 / 1024);
            }
            try (var in = itemImage.getInputStream()) {
                image = in.readAllBytes();
            }
        }
        editions.saveItem(id, item, itemTitle, itemBody, itemLink, image, itemImageAlt, removeImage, actor());
        Feedback.flash(item == null ? "nls.item.added" : "nls.item.saved");
        redirect("#items");
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
        Feedback.flash("nls.item.removed");
        redirect("#items");
    }

    public void sendTest() throws IOException {
        var to = currentUser.getEmail();
        sending.sendTest(id, to, "en".equals(testLanguage) ? "en" : "nl");
        Feedback.flash("nls.test.sent", to);
        redirect("");
    }

    public void schedule() throws IOException {
        if (scheduleDate == null) {
            throw BusinessException.onField("scheduleDate", "nls.field.required");
        }
        if (scheduleTime == null) {
            throw BusinessException.onField("scheduleTime", "nls.field.required");
        }
        if (items.isEmpty()) {
            throw new BusinessException("nls.edition.noItems");
        }
        var atUtc = scheduleDate.atTime(scheduleTime).atZone(Clocks.AMSTERDAM)
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        if (atUtc.isBefore(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1))) {
            throw BusinessException.onField("scheduleDate", "nls.schedule.past");
        }
        sending.schedule(id, atUtc, actor());
        Feedback.flash("nls.schedule.done");
        redirect("");
    }

    public void sendNow() throws IOException {
        if (items.isEmpty()) {
            throw new BusinessException("nls.edition.noItems");
        }
        sending.sendNow(id, actor());
        Feedback.flash("nls.send.started");
        redirect("");
    }

    public void unschedule() throws IOException {
        sending.unschedule(id, actor());
        Feedback.flash("nls.schedule.withdrawn");
        redirect("");
    }

    public void pause() throws IOException {
        sending.pause(id, actor());
        Feedback.flash("nls.send.paused");
        redirect("");
    }

    public void resume() throws IOException {
        sending.resume(id, actor());
        Feedback.flash("nls.send.resumed");
        redirect("");
    }

    public void delete() throws IOException {
        editions.delete(id, actor());
        Feedback.flash("nls.edition.deleted");
        Faces.redirect("staff/newsletter/index.xhtml");
    }

    /** The poll while sending: only the figures are read again. */
    public void refresh() {
        if (id != null) {
            progress = sending.progress(id);
        }
    }

    public boolean isSending() {
        return progress != null && progress.status() == EditionStatus.SENDING;
    }

    /** Sent, failed and skipped of all, in whole percents, for the progress bar. */
    public int getPercent() {
        if (progress == null || progress.total() == 0) {
            return 0;
        }
        return (int) Math.floor(100.0 * (progress.sent() + progress.failed() + progress.skipped())
                / progress.total());
    }

    public int getRemaining() {
        return progress == null
                ? 0
                : Math.max(0, progress.total() - progress.sent() - progress.failed() - progress.skipped());
    }

    public String getRate() {
        return progress == null ? "0" : String.format(Faces.getLocale(), "%.1f", progress.perSecond());
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

    private String actor() {
        return currentUser.getEmail();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public String getMail() {
        return mail;
    }

    public void setMail(String mail) {
        this.mail = mail;
    }

    public Edition getEdition() {
        return edition;
    }

    public List<EditionItem> getItems() {
        return items;
    }

    public List<Segments.Row> getSegmentRows() {
        return segmentRows;
    }

    public EditionItem getEditing() {
        return editing;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(Long segmentId) {
        this.segmentId = segmentId;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public String getItemBody() {
        return itemBody;
    }

    public void setItemBody(String itemBody) {
        this.itemBody = itemBody;
    }

    public String getItemLink() {
        return itemLink;
    }

    public void setItemLink(String itemLink) {
        this.itemLink = itemLink;
    }

    public Part getItemImage() {
        return itemImage;
    }

    public void setItemImage(Part itemImage) {
        this.itemImage = itemImage;
    }

    public String getItemImageAlt() {
        return itemImageAlt;
    }

    public void setItemImageAlt(String itemImageAlt) {
        this.itemImageAlt = itemImageAlt;
    }

    public boolean isRemoveImage() {
        return removeImage;
    }

    public void setRemoveImage(boolean removeImage) {
        this.removeImage = removeImage;
    }

    public String getTestLanguage() {
        return testLanguage;
    }

    public void setTestLanguage(String testLanguage) {
        this.testLanguage = testLanguage;
    }

    public LocalDate getScheduleDate() {
        return scheduleDate;
    }

    public void setScheduleDate(LocalDate scheduleDate) {
        this.scheduleDate = scheduleDate;
    }

    public LocalTime getScheduleTime() {
        return scheduleTime;
    }

    public void setScheduleTime(LocalTime scheduleTime) {
        this.scheduleTime = scheduleTime;
    }

    public LocalDate getProposal() {
        return proposal;
    }

    public String getProposalText() {
        return proposal == null
                ? ""
                : proposal.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    public Sending.Progress getProgress() {
        return progress;
    }

    public Sending.Statistics getStatistics() {
        return statistics;
    }
}
