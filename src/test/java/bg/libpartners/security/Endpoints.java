package bg.libpartners.security;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every method and path pattern the application answers: the controllers' {@code requestMappingHandlerMapping} and
 * the other request-mapping handler mappings (actuator, error controller, springdoc), one entry per method and pattern.
 */
final class Endpoints {

    /** A mapping that takes any method (the error controller). */
    static final String ANY = "ANY";

    record Endpoint(String method, String path, boolean takesFile) {

        String key() {
            return method + " " + path;
        }
    }

    private Endpoints() {}

    static Map<String, Endpoint> of(ApplicationContext context) {
        var endpoints = new TreeMap<String, Endpoint>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
                    var methods = info.getMethodsCondition().getMethods().stream()
                            .map(Enum::name)
                            .toList();
                    for (var method : methods.isEmpty() ? java.util.List.of(ANY) : methods) {
                        for (var path : info.getPatternValues()) {
                            var endpoint = new Endpoint(method, path, takesFile(info, handler));
                            endpoints.merge(endpoint.key(), endpoint, (a, b) -> a.takesFile() ? a : b);
                        }
                    }
                }));
        return endpoints;
    }

    private static boolean takesFile(RequestMappingInfo info, HandlerMethod handler) {
        return info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA)
                || Arrays.stream(handler.getMethodParameters())
                        .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
    }
}
