package vn.dvc.assistant.province;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The province the service is deployed for: which profile answers ({@code ASSISTANT_PROVINCE}), and the profiles
 * shipped (application.properties, {@code assistant.province.profiles.<key>.*}). The neutral national profile is the
 * default, so a deployment says nothing about a province it was not configured for.
 */
@ConfigMapping(prefix = "assistant.province")
public interface ProvinceConfig {

    /** The key of the profile in service. */
    @WithDefault(ProvinceProfile.NATIONAL)
    String active();

    Map<String, Profile> profiles();

    /** One province's facts as citizens read them; every one checked against a source, as of {@code reviewed}. */
    interface Profile {

        /** "Thành phố Hồ Chí Minh"; for the national profile, how the country is named ("cả nước"). */
        String name();

        /** The public-service portal a citizen submits on: "Cổng dịch vụ công Thành phố Hồ Chí Minh". */
        String portalName();

        String portalUrl();

        /** The helpline offered when the assistant cannot answer, with its number: "Tổng đài 1022 ...". */
        String helpline();

        /** How the offices receiving papers at the commune level are called. */
        String communeOffice();

        /** The People's Council resolution on the fees it sets, where known; else answers say the fee differs. */
        Optional<String> feeResolution();

        /** What changed in the province that a citizen should know when told where to go (a merger, say). */
        Optional<String> note();

        /** The date every fact above was last checked, YYYY-MM-DD. */
        String reviewed();

        /** "title | https://url" of the official pages the facts come from. */
        List<String> sources();
    }
}
