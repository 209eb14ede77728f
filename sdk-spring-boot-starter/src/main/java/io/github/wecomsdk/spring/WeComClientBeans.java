package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.WeComClient;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link WeComClient} bean per {@code wecom.apps.<name>}: named {@code <name>WeComClient},
 * qualified {@code @Qualifier("<name>")}, primary when it is the only one. Each is the client
 * {@link WeComApps#client(String)} holds.
 */
final class WeComClientBeans implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {

    private Environment environment;
    private BeanFactory beanFactory;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        Set<String> names = Binder.get(environment)
                .bind("wecom", Bindable.of(WeComProperties.class))
                .map(properties -> properties.apps().keySet())
                .orElse(Set.of());
        for (String name : names) {
            RootBeanDefinition definition = new RootBeanDefinition(
                    WeComClient.class,
                    () -> beanFactory.getBean(WeComApps.class).client(name));
            definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
            definition.setPrimary(names.size() == 1);
            registry.registerBeanDefinition(name + "WeComClient", definition);
        }
    }
}
