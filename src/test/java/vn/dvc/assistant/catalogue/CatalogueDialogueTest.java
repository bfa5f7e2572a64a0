package vn.dvc.assistant.catalogue;

import static io.restassured.RestAssured.given;
import static vn.dvc.assistant.chat.ChatTurns.say;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The national catalogue beside the guides, through the real API: the guides first, the portal's records after. */
@QuarkusTest
@org.junit.jupiter.api.Tag("catalogue")
@TestProfile(CatalogueOnProfile.class)
class CatalogueDialogueTest {

    private static final String PASSPORT = "tthc-1.001456";


    @Test
    void aCatalogueProcedureIsAnsweredFromItsRecordWithThePortalLink() {
        JsonPath reply = say(null, "làm hộ chiếu cần giấy tờ gì");
        assertEquals("answer", reply.getString("type"));
        assertEquals(PASSPORT, reply.getString("procedureId"));
        assertEquals("documents", reply.getString("aspect"));
        assertTrue(reply.getString("text").contains("trên Cổng Dịch vụ công quốc gia"), reply.getString("text"));
        assertTrue(reply.getString("text").contains("Tờ khai đề nghị cấp hộ chiếu"), reply.getString("text"));
        assertEquals("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-5fda-7370-bc07-6f1fd02ffcc4",
                reply.getString("sources[0].url"));
        assertTrue(reply.getString("text").contains("(bản ghi thu thập " + NationalRecords.crawled().inWords() + "):\n"),
                reply.getString("text"));
        assertTrue(reply.getString("text").endsWith("\nTrang chính thức: " + reply.getString("sources[0].url")),
                reply.getString("text"));
    }

    @Test
    void aFollowUpStaysOnTheCatalogueProcedureAndNamingAGuideSwitchesBack() {
        JsonPath first = say(null, "làm hộ chiếu ở đâu");
        String id = first.getString("conversationId");
        assertEquals(PASSPORT, first.getString("procedureId"));
        assertEquals("where", first.getString("aspect"));

        JsonPath fees = say(id, "còn lệ phí thì sao?");
        assertEquals(PASSPORT, fees.getString("procedureId"));
        assertEquals("fees", fees.getString("aspect"));
        assertTrue(fees.getString("text").contains("Việt Nam Đồng"), fees.getString("text"));

        JsonPath guide = say(id, "còn đăng ký hộ kinh doanh thì cần giấy tờ gì");
        assertEquals("hkd-dang-ky-thanh-lap", guide.getString("procedureId"));
        assertEquals("documents", guide.getString("aspect"));
    }

    @Test
    void theGuideAnswersForTheCodeItCarries() {
        JsonPath reply = say(null, "Đăng ký hộ kinh doanh cần những giấy tờ gì?");
        assertEquals("hkd-dang-ky-thanh-lap", reply.getString("procedureId"));
        given().when().get("/api/v1/procedures/tthc-1.001612").then().statusCode(404);
    }

    @Test
    void aPlainNameIsAnsweredWithItsUsualVariantAndTheOthersAreOffered() {
        JsonPath plain = say(null, "đăng ký kết hôn");
        assertEquals("answer", plain.getString("type"), plain.prettify());
        assertEquals("tthc-1.000894", plain.getString("procedureId"));
        String variant = plain.getList("quickReplies", String.class).get(0);
        assertTrue(variant.contains("kết hôn") && !variant.equals("Thủ tục đăng ký kết hôn"), plain.prettify());
        JsonPath chosen = say(plain.getString("conversationId"), variant);
        assertEquals("answer", chosen.getString("type"), chosen.prettify());
        assertTrue(chosen.getString("procedureId").startsWith("tthc-") && !chosen.getString("procedureId").equals("tthc-1.000894"),
                chosen.prettify());
    }

    @Test
    void anAspectTheRecordLacksIsSaidToBeMissing() {
        JsonPath reply = say(null, "đăng ký khai tử có mẫu tờ khai không");
        assertEquals("tthc-1.000656", reply.getString("procedureId"));
        assertEquals("forms", reply.getString("aspect"));
        assertTrue(reply.getString("text").contains("Trang thủ tục không ghi thông tin về mẫu đơn, tờ khai")
                || reply.getString("text").contains("Mẫu đơn, tờ khai tải được trên trang thủ tục"), reply.getString("text"));
    }

    @Test
    void aQuestionNoNameHoldsStillFallsBack() {
        assertEquals("fallback", say(null, "Giá vàng hôm nay bao nhiêu?").getString("type"));
        assertEquals("fallback", say(null, "Tối nay đội tuyển Việt Nam đá với ai?").getString("type"));
    }

    @Test
    void theProcedureListPagesThroughGuidesThenCatalogue() {
        // 12 guides, then the 2,632 records whose codes no guide carries (2,642 less the guides' 10 codes).
        given().when().get("/api/v1/procedures?page=0&size=14").then().statusCode(200)
                .header("X-Total-Count", "2644")
                .body("$", hasSize(14))
                .body("[0].id", equalTo("dn-chuyen-doi-tu-hkd"))
                .body("[11].id", equalTo("thue-ho-kinh-doanh-1.011022"))
                .body("[12].id", startsWith("tthc-"));
        given().when().get("/api/v1/procedures?page=2000&size=100").then().statusCode(200).body("$", hasSize(0));
        given().when().get("/api/v1/procedures?size=0").then().statusCode(400).body("error", equalTo("invalid_page"));
    }

    @Test
    void oneCatalogueProcedureShowsEverySectionFromItsRecord() {
        given().when().get("/api/v1/procedures/" + PASSPORT).then().statusCode(200)
                .body("code", equalTo("1.001456"))
                .body("sections.fees", containsString("160,000 Việt Nam Đồng"))
                .body("sources[0].title", equalTo("Cổng Dịch vụ công quốc gia – Thủ tục 1.001456"));
    }

    @Test
    void anOfficeTheReorganisationAbolishedIsShownWithWhatReplacedIt() {
        // 1.010385, passport loss reported at the district police: Công an cấp huyện ended on 1 March 2025
        given().when().get("/api/v1/procedures/tthc-1.010385").then().statusCode(200)
                .body("agency", equalTo("Công an huyện [nay: Công an tỉnh hoặc Công an cấp xã]"))
                .body("sections.where", containsString("Công an huyện [nay: Công an tỉnh hoặc Công an cấp xã]"))
                .body("sections.where", containsString("Công an cấp huyện kết thúc hoạt động từ ngày 01/3/2025"))
                .body("sections.overview", containsString("Từ ngày 01/7/2025 không còn cấp huyện"));
    }
}
