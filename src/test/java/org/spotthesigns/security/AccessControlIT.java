package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotthesigns.testing.RunningPortalTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every registered route and every guarded service, enumerated rather than listed, so a new
 * view or service cannot be forgotten: public pages open to everyone, moderation refuses an
 * anonymous visitor, and what is for administrators refuses a moderator.
 */
class AccessControlIT extends RunningPortalTest {

    /** The portal's own holder: each test context has its own, and the static one may belong to another. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    /** The steps of signing in, open to anyone who has given a password or is about to. */
    private static final Set<String> SIGN_IN_ROUTES = Set.of("moderation/sign-in", "moderation/sign-in/next");

    private static final Principal MODERATOR = () -> "a-moderator";
    private static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();

    @Autowired
    ServletContext servletContext;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void every_route_is_open_to_the_public_or_closed_to_anyone_not_signed_in_with_a_role() {
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes();
        assertThat(routes)
                .extracting(RouteData::getTemplate)
                .contains("report", "follow-up", "moderation", "moderation/reports/:reference")
                .as("guidance pages are plain documents, never Vaadin's routes")
                .doesNotContain("", "signs", "signs/:id", "help", "about");
        List<String> wrong = new ArrayList<>();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            Class<?> view = route.getNavigationTarget();
            boolean anonymous = CHECKER.hasAccess(view, null, role -> false);
            boolean moderator = CHECKER.hasAccess(view, MODERATOR, role -> role.equals(Role.MODERATOR_NAME));
            boolean administrator = CHECKER.hasAccess(view, MODERATOR, role -> true);
            if (SIGN_IN_ROUTES.contains(template)) {
                continue;
            }
            if (template.startsWith("moderation")) {
                check(wrong, template + " opens to an anonymous visitor", !anonymous);
                check(wrong, template + " refuses an administrator", administrator);
                boolean adminOnly = requiresOnlyAdmin(view);
                check(
                        wrong,
                        template + (adminOnly ? " opens to a moderator" : " refuses a moderator"),
                        moderator != adminOnly);
            } else {
                check(wrong, template + " is public but refuses an anonymous visitor", anonymous);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_moderation_layout_refuses_anonymous_visitors_too() throws ClassNotFoundException {
        Class<?> layout = Class.forName("org.spotthesigns.moderation.ui.ModerationLayout");

        assertThat(CHECKER.hasAccess(layout, null, role -> false)).isFalse();
        assertThat(CHECKER.hasAccess(layout, MODERATOR, role -> role.equals(Role.MODERATOR_NAME)))
                .isTrue();
    }

    @Test
    void every_guarded_service_refuses_an_anonymous_caller_and_admin_work_refuses_a_moderator() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String name : context.getBeanDefinitionNames()) {
            if (!context.isSingleton(name)) {
                continue; // views and session-scoped beans: the route check covers views
            }
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.spotthesigns")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                PreAuthorize rule = method.getAnnotation(PreAuthorize.class) != null
                        ? method.getAnnotation(PreAuthorize.class)
                        : type.getAnnotation(PreAuthorize.class);
                if (rule == null
                        || !Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                checked++;
                Method callable = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
                securityContexts.clearContext();
                check(
                        wrong,
                        type.getSimpleName() + "." + method.getName() + " runs for an anonymous caller",
                        refused(bean, callable, AuthenticationCredentialsNotFoundException.class));
                if (rule.value().contains("ADMIN")) {
                    securityContexts
                            .getContext()
                            .setAuthentication(
                                    new TestingAuthenticationToken("a-moderator", null, "ROLE_" + Role.MODERATOR_NAME));
                    check(
                            wrong,
                            type.getSimpleName() + "." + method.getName() + " runs for a moderator",
                            refused(bean, callable, AccessDeniedException.class));
                }
            }
        }
        assertThat(checked).as("guarded service methods").isGreaterThan(15);
        assertThat(wrong).isEmpty();
    }

    private static boolean refused(Object bean, Method method, Class<? extends Exception> expected)
            throws IllegalAccessException {
        try {
            method.invoke(
                    bean,
                    Arrays.stream(method.getParameterTypes())
                            .map(AccessControlIT::placeholder)
                            .toArray());
            return false;
        } catch (InvocationTargetException thrown) {
            return expected.isInstance(thrown.getCause());
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return type == String.class ? "" : null;
    }

    private static boolean requiresOnlyAdmin(Class<?> view) {
        jakarta.annotation.security.RolesAllowed roles =
                view.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).equals(List.of(Role.ADMIN_NAME));
    }

    private static void check(List<String> wrong, String problem, boolean ok) {
        if (!ok) {
            wrong.add(problem);
        }
    }
}
