package nl.ingrado.portal.shared.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes for verification links and tickets. Level M survives a crease or a smudge on a printed
 * certificate; the four-module quiet zone is what scanners need to find the code on a busy page.
 */
public final class QrCodes {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 4);

    private QrCodes() {
    }

    /**
     * A black-and-white PNG of sizePx square, larger only if the code needs more pixels. Modules are
     * whole pixels, so what is left over widens the white border instead of blurring the code.
     */
    public static byte[] png(String text, int sizePx) {
        var matrix = encode(text, sizePx);
        var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        var raster = image.getRaster();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                // in the default binary palette 0 is black, 1 is white
                raster.setSample(x, y, 0, matrix.get(x, y) ? 0 : 1);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An SVG of one module per user unit, crisp at any size; set its width where it is used. */
    public static String svg(String text) {
        var matrix = modules(text);
        var path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + ' '
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** One bit per module, quiet zone included: for drawing the code as vectors (as in PDFs). */
    static BitMatrix modules(String text) {
        return encode(text, 0);
    }

    private static BitMatrix encode(String text, int sizePx) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("nothing to encode");
        }
        if (sizePx < 0) {
            throw new IllegalArgumentException("negative size");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code", e);
        }
    }
}
