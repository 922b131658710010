package roundtable.base.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who opened the connection, kept beside the client address Tomcat may rewrite. With
 * server.forward-headers-strategy=native Tomcat takes X-Forwarded-For from any private-range
 * address, so "127.0.0.1" in that header proves nothing; the connection's own peer does.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectionPeer {

    /** The request attribute holding the peer's address; tests set it to stand in for Tomcat. */
    public static final String ATTRIBUTE = ConnectionPeer.class.getName();

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> recordConnectionPeer() {
        return factory -> factory.addEngineValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                request.setAttribute(ATTRIBUTE, request.getPeerAddr());
                getNext().invoke(request, response);
            }
        });
    }

    /** The connection's peer; without Tomcat (a mock request in a test), the client address. */
    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String peer ? peer : request.getRemoteAddr();
    }
}
