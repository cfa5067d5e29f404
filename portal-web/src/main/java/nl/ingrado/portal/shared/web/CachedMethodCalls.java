package nl.ingrado.portal.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a method named in an expression ({@code #{row.id()}}, {@code #{overview.error('q')}}) through the
 * method found once per class, name and number of arguments. The EL's own {@code BeanELResolver} looks it
 * up on every call ({@code Class.getMethods} copies every public method of the class, of a Weld proxy too),
 * which took 4–10 % of the CPU of a page with rows of records. Arguments are coerced as the EL coerces
 * them. Only a name with exactly one public method of that arity (no overloads, no varargs) on a public
 * class is handled here; anything else, and maps, lists and bundles, is left to the resolvers behind.
 */
public class CachedMethodCalls extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object name, Class<?>[] paramTypes,
            Object[] params) {
        if (base == null || name == null || paramTypes != null || params == null || base instanceof Map
                || base instanceof Collection || base instanceof ResourceBundle
                || base.getClass().isArray()) {
            return null;
        }
        for (var param : params) {
            if (param instanceof LambdaExpression) {
                return null;
            }
        }
        var method = METHODS.get(base.getClass())
                .computeIfAbsent(name + "/" + params.length, key -> only(base.getClass(), name.toString(),
                        params.length))
                .orElse(null);
        if (method == null) {
            return null;
        }
        var types = method.getParameterTypes();
        var arguments = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            arguments[i] = context.convertToType(params[i], types[i]);
        }
        Object result;
        try {
            result = method.invoke(base, arguments);
        } catch (IllegalAccessException e) {
            // not reachable from here after all (a public method of a hidden class): the EL finds another way
            METHODS.get(base.getClass()).put(name + "/" + params.length, Optional.empty());
            return null;
        } catch (IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, name);
        return result;
    }

    private static Optional<Method> only(Class<?> type, String name, int arity) {
        Method found = null;
        for (var method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arity && !method.isBridge()) {
                if (found != null) {
                    return Optional.empty();
                }
                found = method;
            }
        }
        return found == null || found.isVarArgs()
                || !Modifier.isPublic(found.getDeclaringClass().getModifiers())
                        ? Optional.empty()
                        : Optional.of(found);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not a property resolver
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
