package vn.dvc.assistant.abuse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.restassured.RestAssured;

/** A request sent with its path exactly as written (REST Assured would tidy {@code //} and {@code %63}). */
final class RawRequest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private RawRequest() {
    }

    static HttpResponse<String> post(String rawPath, String forwardedFor, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + rawPath))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
