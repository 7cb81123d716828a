package labrepl.repl.engine;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a compiled snippet in one pass over its class file: its calls that would end the JVM
 * go to {@link ExitTrap} ({@link ExitCallVisitor}) and its methods and loops check the
 * {@link StopSwitch} ({@link StopCheckVisitor}).
 */
final class SnippetRewriter {

    private SnippetRewriter() {
    }

    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor written = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new StopCheckVisitor(new ExitCallVisitor(written));
            }
        }, 0);
        return writer.toByteArray();
    }
}
