package nl.ingrado.portal.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodesTest {

    static String decode(BufferedImage image) throws Exception {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }

    private static BufferedImage read(byte[] png) throws IOException {
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void pngRoundTrips() throws Exception {
        var url = "https://portal.ingrado.nl/verify/3f9a1c0e-7d2b-4e55-9b8a-0c1d2e3f4a5b";
        var image = read(QrCodes.png(url, 300));
        assertEquals(300, image.getWidth());
        assertEquals(300, image.getHeight());
        assertEquals(url, decode(image));
    }

    @Test
    void nonAsciiTextRoundTrips() throws Exception {
        var text = "Deelname: Zoë Öztürk – café ‘De Één’ € 12,50 🎓";
        assertEquals(text, decode(read(QrCodes.png(text, 400))));
    }

    @Test
    void tooSmallSizeGrowsToFitTheCode() throws Exception {
        var image = read(QrCodes.png("https://portal.ingrado.nl/e/42", 10));
        assertTrue(image.getWidth() >= 29, "at least version 1 plus quiet zone");
        // one pixel per module is too fine for the reader's binarizer; print it four times larger
        var larger = new BufferedImage(image.getWidth() * 4, image.getHeight() * 4,
                BufferedImage.TYPE_INT_RGB);
        larger.createGraphics().drawImage(image, 0, 0, larger.getWidth(), larger.getHeight(), null);
        assertEquals("https://portal.ingrado.nl/e/42", decode(larger));
    }

    @Test
    void svgDrawsTheSameModules() throws Exception {
        var text = "https://portal.ingrado.nl/e/42";
        var svg = QrCodes.svg(text);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        var matrix = QrCodes.modules(text);
        assertEquals("0 0 " + matrix.getWidth() + " " + matrix.getHeight(),
                document.getDocumentElement().getAttribute("viewBox"));
        var d = document.getElementsByTagName("path").item(0).getAttributes().getNamedItem("d")
                .getNodeValue();
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }
        assertEquals(dark, d.split("z").length);
        // and those modules scan, drawn eight pixels each
        var image = new BufferedImage(matrix.getWidth() * 8, matrix.getHeight() * 8,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / 8, y / 8) ? 0x000000 : 0xffffff);
            }
        }
        assertEquals(text, decode(image));
    }

    @Test
    void rejectsEmptyText() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("", 100));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.svg(null));
    }
}
