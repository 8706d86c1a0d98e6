package bg.libpartners.directory;

import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ZipLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * Reads an uploaded CSV (UTF-8, or Windows-1251 as older Bulgarian Excel writes it; comma, semicolon or tab) or
 * XLSX/XLS (first sheet) into rows of text; an XLSX is streamed row by row within {@link ZipLimits}. Anything else is refused with a message that names the fault, before
 * anything is stored.
 */
final class SpreadsheetReader {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_ROWS = 200_000;
    static final int MAX_COLUMNS = 200;
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** The header and the rows under it; {@code cp1251} is true when the file was not UTF-8. */
    record Table(List<String> headers, List<Line> lines, boolean cp1251) {}

    record Line(int number, List<String> cells) {
        String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            var value = cells.get(index);
            return value == null || value.isBlank() ? null : value.trim();
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private SpreadsheetReader() {}

    static Table read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BadRequestException("file", "directory.import.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return xlsx(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return workbook(bytes);
        }
        if (looksBinary(bytes)) {
            throw new BadRequestException("file", "directory.import.error.notSpreadsheet");
        }
        boolean cp1251 = false;
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1251);
            cp1251 = true;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return csv(text, cp1251);
    }

    static BadRequestException tooLarge() {
        return new BadRequestException("file", "directory.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    private static Table csv(String text, boolean cp1251) {
        if (text.isBlank()) {
            throw new BadRequestException("file", "directory.import.error.empty");
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreSurroundingSpaces(false)
                .get();
        List<String> headers = null;
        List<Line> lines = new ArrayList<>();
        long lastLine = 1;
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                lastLine = parser.getCurrentLineNumber();
                var cells = record.toList();
                if (headers == null) {
                    headers = cells.stream().map(String::trim).toList();
                } else if (lines.size() >= MAX_ROWS) {
                    throw new BadRequestException("file", "directory.import.error.tooManyRows", MAX_ROWS);
                } else {
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                }
            }
        } catch (UncheckedIOException | IOException | IllegalStateException broken) {
            throw new BadRequestException("file", "directory.import.error.quoting", lastLine + 1);
        }
        return table(headers, lines, cp1251);
    }

    /**
     * An XLSX read as a stream of rows (POI's event API), never as a whole workbook in memory: the ZIP's directory
     * is checked against {@link ZipLimits} first, POI holds the same limits while reading, and past
     * {@value #MAX_ROWS} rows or {@value #MAX_COLUMNS} columns the file is refused.
     */
    private static Table xlsx(byte[] bytes) {
        ZipLimits.applyToPoi();
        Path temp = null;
        try {
            temp = Files.createTempFile("lp-import", ".xlsx");
            Files.write(temp, bytes);
            if (!ZipLimits.fits(temp)) {
                throw new BadRequestException("file", "directory.import.error.zipBomb");
            }
            try (var pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                var reader = new XSSFReader(pkg);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new BadRequestException("file", "directory.import.error.empty");
                }
                var rows = new Rows();
                try (var sheet = sheets.next()) {
                    var parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(),
                            null,
                            new ReadOnlySharedStringsTable(pkg),
                            rows,
                            new DataFormatter(),
                            false));
                    parser.parse(new InputSource(sheet));
                }
                return table(rows.headers, rows.lines, false);
            }
        } catch (BadRequestException bad) {
            throw bad;
        } catch (Exception | OutOfMemoryError unreadable) {
            throw new BadRequestException("file", "directory.import.error.notSpreadsheet");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file; the system's cleanup takes it
                }
            }
        }
    }

    /** Collects the rows the sheet handler streams by, as {@link #workbook} would have read them. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        List<String> headers;
        final List<Line> lines = new ArrayList<>();
        private List<String> cells;
        private int nextColumn;

        @Override
        public void startRow(int rowNum) {
            if (lines.size() >= MAX_ROWS) {
                throw new BadRequestException("file", "directory.import.error.tooManyRows", MAX_ROWS);
            }
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (headers == null) {
                if (!cells.stream().allMatch(String::isBlank)) {
                    headers = cells.stream().map(String::trim).toList();
                }
            } else {
                lines.add(new Line(rowNum + 1, cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw new BadRequestException("file", "directory.import.error.tooManyColumns", MAX_COLUMNS);
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
            nextColumn = column + 1;
        }
    }

    private static Table workbook(byte[] bytes) {
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BadRequestException("file", "directory.import.error.empty");
            }
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            List<String> headers = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells.stream().map(String::trim).toList();
                } else {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
            return table(headers, lines, false);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof BadRequestException bad) {
                throw bad;
            }
            throw new BadRequestException("file", "directory.import.error.notSpreadsheet");
        }
    }

    private static Table table(List<String> headers, List<Line> lines, boolean cp1251) {
        if (headers == null) {
            throw new BadRequestException("file", "directory.import.error.empty");
        }
        if (lines.stream().allMatch(Line::blank)) {
            throw new BadRequestException("file", "directory.import.error.noRows");
        }
        return new Table(headers, lines, cp1251);
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
