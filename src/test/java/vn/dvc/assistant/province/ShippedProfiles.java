package vn.dvc.assistant.province;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The province profiles as application.properties ships them, for tests and tools that run without Quarkus. */
public final class ShippedProfiles {

    private ShippedProfiles() {
    }

    public static ProvinceProfile national() {
        return of(ProvinceProfile.NATIONAL);
    }

    public static ProvinceProfile of(String key) {
        URL properties = ShippedProfiles.class.getClassLoader().getResource("application.properties");
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(properties))
                    .withSources(new PropertiesConfigSource(Map.of("assistant.province.active", key), "chosen profile", 500))
                    .withMapping(ProvinceConfig.class)
                    .build();
            return Province.of(config.getConfigMapping(ProvinceConfig.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
