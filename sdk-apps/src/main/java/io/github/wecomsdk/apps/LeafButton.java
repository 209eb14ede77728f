package io.github.wecomsdk.apps;

/**
 * A menu button that does something when tapped (every button but a {@link SubMenu}); it may stand at
 * the top level or inside a sub-menu.
 */
public sealed interface LeafButton extends MenuButton permits KeyButton, ViewButton, MiniProgramButton, UnknownButton {

    /**
     * The button's type as WeCom writes it ({@code click}, {@code view}, ...).
     *
     * @return the type
     */
    String type();

    /**
     * The button's type, typed.
     *
     * @return the type, {@link ButtonType#UNKNOWN} for a type this SDK does not know
     */
    ButtonType buttonType();
}
