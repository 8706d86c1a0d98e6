package bg.libpartners.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.StreamedOnlyFile;
import bg.libpartners.material.TestFiles;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Import files are bounded before and while they are read: size, ZIP bombs, and XLSX read as a stream. */
@IntegrationTest
@AutoConfigureMockMvc
class ImportFileLimitsIT {

    static final String TOO_LARGE = "Полето „Файл за внос“: файлът е по-голям от 20 MB.";
    static final String[] URLS = {"/api/v1/imports/chitalishta-register", "/api/v1/imports/partners"};
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    bg.libpartners.account.TestPeople people;

    /** The demo administrator: a person in the database. */
    bg.libpartners.account.CurrentUser admin() {
        return people.demo(bg.libpartners.account.Role.ADMIN);
    }

    @Autowired
    MockMvc mvc;

    ResultActions upload(String url, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(url)
                .file(file)
                .header("Accept-Language", "bg")
                .with(user(admin()))
                .with(csrf()));
    }

    @Test
    void aFileAboveTwentyMegabytesIsRefusedBeforeItIsRead() throws Exception {
        for (var url : URLS) {
            upload(url, StreamedOnlyFile.sealed("file", "big.csv", "text/csv", new byte[] {'a'}, 20L * 1024 * 1024 + 1))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("file"))
                    .andExpect(jsonPath("$.detail").value(TOO_LARGE));
            // a request that claims less is still read only up to the limit
            upload(url, StreamedOnlyFile.understated("file", "big.csv", "text/csv", new byte[20 * 1024 * 1024 + 1], 10))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(TOO_LARGE));
        }
    }

    @Test
    void anXlsxThatUnpacksToAZipBombIsRefusedWithItsOwnMessage() throws Exception {
        var bomb = TestFiles.withEntry(workbook(), "xl/media/filler.bin", new byte[16 * 1024 * 1024]);
        for (var url : URLS) {
            upload(url, StreamedOnlyFile.streamed("file", "bomb.xlsx", XLSX, bomb))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("file"))
                    .andExpect(jsonPath("$.detail")
                            .value(org.hamcrest.Matchers.startsWith(
                                    "Полето „Файл за внос“: файлът се разархивира до необичайно голям обем")));
        }
    }

    @Test
    void anXlsxIsReadRowByRowWithItsBlankCellsInPlaceAndOnlyWebLinksKept() throws Exception {
        mvc.perform(multipart(URLS[1])
                        .file(StreamedOnlyFile.streamed("file", "partners.xlsx", XLSX, workbook()))
                        .param("defaultType", "NGO")
                        .header("Accept-Language", "bg")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.rejected.length()").value(0))
                .andExpect(jsonPath("$.rows[0].name").value("Поточна фирма"))
                .andExpect(jsonPath("$.rows[1].name").value("Поточно сдружение"))
                // the third column of row 3 stays the website although the second cell is missing from the sheet
                .andExpect(jsonPath("$.warnings.length()").value(1))
                .andExpect(jsonPath("$.warnings[0].row").value(3))
                .andExpect(jsonPath("$.warnings[0].column").value("Уебсайт"))
                .andExpect(jsonPath("$.warnings[0].message")
                        .value("Уебсайтът „javascript:alert(1)“ не е адрес с http:// или https:// и не е записан."));
    }

    /** Two partners, the second without its middle cell and with a website that is no web address. */
    static byte[] workbook() throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            String[][] rows = {
                {"Име", "ЕИК", "Уебсайт"},
                {"Поточна фирма", "", "https://potok.example.bg"},
                {"Поточно сдружение", null, "javascript:alert(1)"}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
