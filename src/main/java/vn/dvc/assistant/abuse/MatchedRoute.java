package vn.dvc.assistant.abuse;

import java.lang.reflect.Method;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

/**
 * The route a request was matched to, as its resource declares it ({@code /api/v1/chat}), whatever the client
 * wrote: {@code /api/v1/chat/}, {@code //api/v1/chat}, {@code /api/v1/%63hat} and {@code /api/v1/chat;x=1} all
 * reach the same method, so a limit keyed by the raw path would let every spelling but one through.
 */
final class MatchedRoute {

    private MatchedRoute() {
    }

    /** The class's and the method's {@code @Path} joined; null when no resource method was matched. */
    static String of(ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (type == null || method == null) {
            return null;
        }
        return join(path(type.getAnnotation(Path.class)), path(method.getAnnotation(Path.class)));
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
