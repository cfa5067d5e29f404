package nl.ingrado.portal.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.ingrado.portal.shared.control.Texts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import nl.ingrado.portal.shared.control.Csv;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as a download, the one way every export writes one: CSV as Dutch Excel expects it (UTF-8
 * with a byte-order mark, semicolons, formulas defused by {@link Csv}) or an Excel workbook. Rows
 * stream from the caller straight into the response: the workbook is flushed every
 * {@value #FLUSH_EVERY} rows and its texts are written inline (no shared-strings table growing with
 * the rows), so memory stays bounded whatever the number of rows.
 * <p>
 * Cells are what the row holds: text; a number (a number cell in Excel; in CSV a {@link BigDecimal} is
 * written as people write it, with a decimal comma in Dutch); a {@link LocalDate} (a date cell in Excel,
 * ISO in CSV); null (an empty cell).
 */
public final class TableExport {

    static final int FLUSH_EVERY = 200;
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public enum Format {
        CSV(".csv", "text/csv;charset=UTF-8"), XLSX(".xlsx", XLSX_TYPE);

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        /** The format a requested path ends in, e.g. {@code /persons.xlsx}. */
        public static Optional<Format> of(String path) {
            if (path == null) {
                return Optional.empty();
            }
            return path.endsWith(CSV.extension)
                    ? Optional.of(CSV)
                    : path.endsWith(XLSX.extension) ? Optional.of(XLSX) : Optional.empty();
        }
    }

    /** Hands each row, in order, to the sink. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Consumer<List<?>> sink);
    }

    private TableExport() {
    }

    /**
     * Writes the table as an attachment named {@code name} plus the format's extension.
     *
     * @param sheet
     *            the name of the workbook's sheet
     */
    public static void write(HttpServletResponse response, Format format, Locale locale, String name,
            String sheet, List<?> header, Rows rows) throws IOException {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + format.extension + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(format.contentType);
        try {
            if (format == Format.CSV) {
                csv(response, locale, header, rows);
            } else {
                xlsx(response, sheet, header, rows);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A refused filter as a plain-text 400, unless the download has begun. */
    public static void refuse(HttpServletResponse response, Locale locale, BusinessException e)
            throws IOException {
        if (!response.isCommitted()) {
            response.reset();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(Texts.get(locale, e.messageKey(), e.arguments()));
        }
    }

    /** The column headers from their text keys. */
    public static List<String> headers(Locale locale, String... keys) {
        var header = new ArrayList<String>();
        for (var key : keys) {
            header.add(Texts.get(locale, key));
        }
        return header;
    }

    private static void csv(HttpServletResponse response, Locale locale, List<?> header, Rows rows)
            throws IOException {
        var out = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        out.write(Csv.line(header));
        rows.writeTo(values -> {
            var line = new ArrayList<Object>(values.size());
            values.forEach(value -> line.add(csvValue(value, locale)));
            try {
                out.write(Csv.line(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private static Object csvValue(Object value, Locale locale) {
        if (value instanceof BigDecimal number) {
            var text = number.stripTrailingZeros().toPlainString();
            return "nl".equals(locale.getLanguage()) ? text.replace('.', ',') : text;
        }
        return value instanceof LocalDate date ? date.toString() : value;
    }

    private static void xlsx(HttpServletResponse response, String sheetName, List<?> header, Rows rows)
            throws IOException {
        var workbook = new Workbook(response.getOutputStream(), "Ingrado portal", "1.0");
        var sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < header.size(); c++) {
            sheet.inlineString(0, c, String.valueOf(header.get(c)));
        }
        if (!header.isEmpty()) {
            sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        }
        int[] line = {1};
        rows.writeTo(values -> {
            for (int c = 0; c < values.size(); c++) {
                cell(sheet, line[0], c, values.get(c));
            }
            if (++line[0] % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd-mm-yyyy").set();
        } else if (value != null) {
            sheet.inlineString(r, c, value.toString());
        }
    }
}
