package vn.dvc.assistant.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The head of an official name: what citizens say of it, before its first qualification. */
class ProcedureNamesTest {

    @Test
    void theHeadEndsAtTheFirstQualification() {
        assertEquals(Optional.of("Cấp giấy chứng nhận đăng ký tạm thời tàu cá"),
                ProcedureNames.head("Cấp giấy chứng nhận đăng ký tạm thời tàu cá, tàu phục vụ nuôi trồng thủy sản"));
        assertEquals(Optional.of("Cấp hộ chiếu phổ thông ở trong nước"),
                ProcedureNames.head("Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)"));
    }

    @Test
    void aCommaListingActsIsNoQualification() {
        assertEquals(Optional.of("Cấp, cấp lại Giấy chứng nhận cơ sở đủ điều kiện đăng kiểm tàu cá"),
                ProcedureNames.head("Cấp, cấp lại Giấy chứng nhận cơ sở đủ điều kiện đăng kiểm tàu cá (đối với cơ sở đăng kiểm tàu cá thuộc Bộ)"));
        assertEquals(Optional.of("Cấp, gia hạn giấy phép khai thác nước mặt"),
                ProcedureNames.head("Cấp, gia hạn giấy phép khai thác nước mặt, nước biển"));
    }

    @Test
    void aShortHeadOrAWholeNameIsNoHead() {
        assertEquals(Optional.empty(), ProcedureNames.head("Đăng ký đất đai, tài sản gắn liền với đất"));
        assertEquals(Optional.empty(), ProcedureNames.head("Thủ tục đăng ký khai tử"));
    }
}
