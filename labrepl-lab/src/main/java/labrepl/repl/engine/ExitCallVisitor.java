package labrepl.repl.engine;

import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a snippet's method so that its calls that would end the JVM call {@link ExitTrap} instead:
 * {@code System.exit(int)}, {@code Runtime.exit(int)} and {@code Runtime.halt(int)}, whether called
 * directly or through a method reference. Each replacement takes the same arguments, so the
 * stack and frames of the method stay as they are.
 */
final class ExitCallVisitor extends MethodVisitor {

    private static final String TRAP = ExitTrap.class.getName().replace('.', '/');
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";

    ExitCallVisitor(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKESTATIC && isSystemExit(owner, name, descriptor)) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, TRAP, "exit", "(I)V", false);
        } else if (opcode == Opcodes.INVOKEVIRTUAL && isRuntimeExit(owner, name, descriptor)) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, TRAP, name, "(Ljava/lang/Runtime;I)V", false);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        Object[] rewritten = arguments.clone();
        for (int i = 0; i < rewritten.length; i++) {
            if (rewritten[i] instanceof Handle) {
                rewritten[i] = trapped((Handle) rewritten[i]);
            }
        }
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
    }

    private static Handle trapped(Handle handle) {
        if (handle.getTag() == Opcodes.H_INVOKESTATIC
                && isSystemExit(handle.getOwner(), handle.getName(), handle.getDesc())) {
            return new Handle(Opcodes.H_INVOKESTATIC, TRAP, "exit", "(I)V", false);
        }
        if (handle.getTag() == Opcodes.H_INVOKEVIRTUAL
                && isRuntimeExit(handle.getOwner(), handle.getName(), handle.getDesc())) {
            return new Handle(Opcodes.H_INVOKESTATIC, TRAP, handle.getName(), "(Ljava/lang/Runtime;I)V", false);
        }
        return handle;
    }

    private static boolean isSystemExit(String owner, String name, String descriptor) {
        return owner.equals(SYSTEM) && name.equals("exit") && descriptor.equals("(I)V");
    }

    private static boolean isRuntimeExit(String owner, String name, String descriptor) {
        return owner.equals(RUNTIME) && (name.equals("exit") || name.equals("halt")) && descriptor.equals("(I)V");
    }
}
