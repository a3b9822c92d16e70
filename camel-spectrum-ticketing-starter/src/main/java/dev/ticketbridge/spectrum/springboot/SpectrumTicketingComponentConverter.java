package dev.ticketbridge.spectrum.springboot;

import java.util.Set;

import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import org.apache.camel.spi.StateRepository;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets {@code camel.component.spectrum-ticketing.http-client}, {@code .state-repository} and {@code .configuration}
 * name a bean, as {@code #myBean} or {@code #bean:myBean}, the way every Camel starter does.
 *
 * <p>A value that does not start with {@code #} is not converted, so Spring reports it as a binding error; a
 * reference to a missing bean fails the startup with the bean's name in the message.
 */
public class SpectrumTicketingComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public SpectrumTicketingComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, CloseableHttpClient.class),
                new ConvertiblePair(String.class, SpectrumTicketingConfiguration.class),
                new ConvertiblePair(String.class, StateRepository.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            return null;
        }
        String name = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
