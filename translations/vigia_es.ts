<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Workspace folder.</source>
        <translation>Carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Interface language (en, es, pt_BR).</source>
        <translation>Idioma de la interfaz (en, es, pt_BR).</translation>
    </message>
    <message>
        <source>Write screenshots of every view and dialog in every language to DIR (using a temporary sample workspace), then quit.</source>
        <translation>Escribir en DIR capturas de pantalla de todas las vistas y diálogos en todos los idiomas (con un espacio de trabajo de ejemplo temporal) y salir.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Carpeta de salida.</translation>
    </message>
    <message>
        <source>Write a picture of the first window to FILE (PNG), then quit: to check an installation.</source>
        <translation>Escribir en FILE una imagen de la primera ventana (PNG) y salir: para comprobar una instalación.</translation>
    </message>
    <message>
        <source>A bundle, invitation or approval to open once the workspace is unlocked.</source>
        <translation>Un paquete, una invitación o una aprobación que se abrirá una vez desbloqueado el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>vigia::AboutDialog</name>
    <message>
        <source>About Vigia</source>
        <translation>Acerca de Vigia</translation>
    </message>
    <message>
        <source>Vigia %1</source>
        <translation>Vigia %1</translation>
    </message>
    <message>
        <source>Offline-first monitoring of the sexual exploitation of children in Latin America and the Caribbean.</source>
        <translation>Monitoreo de la explotación sexual de niñas, niños y adolescentes en América Latina y el Caribe, pensado para trabajar sin conexión.</translation>
    </message>
    <message>
        <source>Free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or any later version (%1). There is no warranty. &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Software libre: usted puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o cualquier versión posterior (%1). No tiene ninguna garantía. &lt;a href=&quot;%2&quot;&gt;Leer la licencia&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Bibliotecas en uso:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Bibliotecas en uso</translation>
    </message>
</context>
<context>
    <name>vigia::BackupCommands</name>
    <message>
        <source>--out FILE</source>
        <translation>--out FILE</translation>
    </message>
    <message>
        <source>Write a backup of this workspace to one encrypted file.</source>
        <translation>Escribir una copia de seguridad de este espacio de trabajo en un único archivo cifrado.</translation>
    </message>
    <message>
        <source>Copies the workspace (keystore, store, settings, project key and quarantine) into FILE, encrypted and authenticated; the app and other commands may keep writing meanwhile, and the copy is one consistent moment. The backup opens only with the passphrase the workspace has now. FILE must not exist yet; a half-written backup is never left under its name. Keep backups away from this computer.</source>
        <translation>Copia el espacio de trabajo (almacén de claves, almacén de datos, configuración, clave del proyecto y cuarentena) en FILE, cifrado y autenticado; mientras tanto, la aplicación y otros comandos pueden seguir escribiendo, y la copia refleja un único momento coherente. La copia de seguridad solo se abre con la frase de contraseña que el espacio de trabajo tiene ahora. FILE no debe existir todavía; nunca queda con ese nombre una copia de seguridad a medio escribir. Guarde las copias de seguridad lejos de esta computadora.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The backup file to write, e.g. on a USB stick.</source>
        <translation>El archivo de copia de seguridad que se escribirá, p. ej., en una memoria USB.</translation>
    </message>
    <message>
        <source>Restore a workspace from a backup into the --workspace folder.</source>
        <translation>Restaurar un espacio de trabajo desde una copia de seguridad en la carpeta de --workspace.</translation>
    </message>
    <message>
        <source>Asks for the passphrase the workspace had when the backup was made, checks the whole backup and restores it into the --workspace folder, which must not exist or be empty. A damaged backup (exit 1) or a wrong passphrase (exit 5) leave the folder untouched. The restored workspace is the same device; it sends none of its changes until the restore is confirmed (a sync with the hub confirms it by itself when the hub holds nothing newer from this device; see confirm-restore).</source>
        <translation>Pide la frase de contraseña que tenía el espacio de trabajo cuando se hizo la copia de seguridad, comprueba toda la copia y la restaura en la carpeta de --workspace, que no debe existir o debe estar vacía. Una copia de seguridad dañada (código de salida 1) o una frase de contraseña incorrecta (código de salida 5) dejan la carpeta intacta. El espacio de trabajo restaurado es el mismo dispositivo; no envía ninguno de sus cambios hasta que se confirme la restauración (una sincronización con el hub la confirma por sí sola cuando el hub no tiene nada más reciente de este dispositivo; consulte confirm-restore).</translation>
    </message>
    <message>
        <source>[--yes]</source>
        <translation>[--yes]</translation>
    </message>
    <message>
        <source>Let a workspace restored from a backup send its changes again.</source>
        <translation>Permitir que un espacio de trabajo restaurado desde una copia de seguridad vuelva a enviar sus cambios.</translation>
    </message>
    <message>
        <source>A restored workspace holds its changes back, because the lost copy of this device may have sent changes after the backup was made: sending new ones under the same numbers would give the coordinator two versions of this device&apos;s history. Confirm only once your coordinator has checked that they received nothing from this device after the backup&apos;s date. Asks on a terminal; --yes confirms without asking.</source>
        <translation>Un espacio de trabajo restaurado retiene sus cambios, porque la copia perdida de este dispositivo puede haber enviado cambios después de hacerse la copia de seguridad: enviar otros nuevos con los mismos números daría a la coordinación dos versiones del historial de este dispositivo. Confirme solo cuando la persona que coordina haya comprobado que no recibió nada de este dispositivo después de la fecha de la copia de seguridad. Pregunta en una terminal; --yes confirma sin preguntar.</translation>
    </message>
    <message>
        <source>Confirm without asking.</source>
        <translation>Confirmar sin preguntar.</translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs --out FILE.</source>
        <translation>&apos;backup&apos; necesita --out FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or move the old file away first; nothing was written.</source>
        <translation>%1 ya existe. Elija otro nombre o, primero, mueva el archivo anterior a otro lugar; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a backup of this workspace to %1 (%2, %n change(s)).</source>
        <translation>
            <numerusform>Se escribió una copia de seguridad de este espacio de trabajo en %1 (%2, %n cambio).</numerusform>
            <numerusform>Se escribió una copia de seguridad de este espacio de trabajo en %1 (%2, %n cambios).</numerusform>
        </translation>
    </message>
    <message>
        <source>It opens with the current passphrase. Keep it away from this computer, as safe as the computer itself.</source>
        <translation>Se abre con la frase de contraseña actual. Guárdela lejos de esta computadora, tan protegida como la propia computadora.</translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name and the drive it is on.</source>
        <translation>No existe el archivo de copia de seguridad %1. Compruebe el nombre y la unidad en la que está.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>Se restauró en %2 la copia de seguridad hecha el %1.</translation>
    </message>
    <message>
        <source>This workspace sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device; without a hub, ask your coordinator, then run &apos;vigiactl confirm-restore&apos;.</source>
        <translation>Este espacio de trabajo no envía ninguno de sus cambios hasta que se confirme la restauración: una sincronización con el hub la confirma por sí sola cuando el hub no tiene nada más reciente de este dispositivo; sin hub, consulte a la persona que coordina y luego ejecute &apos;vigiactl confirm-restore&apos;.</translation>
    </message>
    <message>
        <source>Nothing to confirm: this workspace sends its changes as usual.</source>
        <translation>No hay nada que confirmar: este espacio de trabajo envía sus cambios como de costumbre.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>This workspace was restored from a backup of %1. If the lost copy of this device sent changes after that, sending now makes two versions of its history. Has your coordinator checked that they received nothing from this device after that date?</source>
        <translation>Este espacio de trabajo se restauró desde una copia de seguridad de %1. Si la copia perdida de este dispositivo envió cambios después de eso, enviar ahora crea dos versiones de su historial. ¿Comprobó la persona que coordina que no recibió nada de este dispositivo después de esa fecha?</translation>
    </message>
    <message>
        <source>Confirming a restore needs an answer; nothing was changed. Run the command on a terminal, or give --yes once your coordinator has checked.</source>
        <translation>Para confirmar una restauración hace falta una respuesta; no se cambió nada. Ejecute el comando en una terminal o indique --yes cuando la persona que coordina lo haya comprobado.</translation>
    </message>
    <message>
        <source>Not confirmed; this workspace still sends nothing.</source>
        <translation>No se confirmó; este espacio de trabajo sigue sin enviar nada.</translation>
    </message>
    <message>
        <source>Confirmed the restore: this workspace sends its changes again.</source>
        <translation>Se confirmó la restauración: este espacio de trabajo vuelve a enviar sus cambios.</translation>
    </message>
</context>
<context>
    <name>vigia::BackupGroup</name>
    <message>
        <source>Back up the workspace</source>
        <translation>Hacer una copia de seguridad del espacio de trabajo</translation>
    </message>
    <message>
        <source>Vigia backups (*.%1)</source>
        <translation>Copias de seguridad de Vigia (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The backup was written. Keep it away from this computer, as safe as the computer itself.</source>
        <translation>Se escribió la copia de seguridad. Guárdela lejos de esta computadora, tan protegida como la propia computadora.</translation>
    </message>
    <message>
        <source>Confirm the restore</source>
        <translation>Confirmar la restauración</translation>
    </message>
    <message>
        <source>Confirm only if your coordinator has checked that they received no changes from this device made after %1. If the lost copy of this device sent changes after the backup, sending now gives the coordinator two versions of this device&apos;s history, and some of its records may be refused.

Confirm the restore and send again?</source>
        <translation>Confirme solo si la persona que coordina comprobó que no recibió cambios de este dispositivo hechos después del %1. Si la copia perdida de este dispositivo envió cambios después de la copia de seguridad, enviar ahora da a la coordinación dos versiones del historial de este dispositivo, y algunos de sus registros pueden ser rechazados.

¿Confirmar la restauración y volver a enviar?</translation>
    </message>
    <message>
        <source>The restore is confirmed: this workspace sends its changes again.</source>
        <translation>La restauración está confirmada: este espacio de trabajo vuelve a enviar sus cambios.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything Vigia keeps on this computer. It opens with the passphrase you have when you make it. Keep it away from this computer, for example on a USB stick in a safe place.</source>
        <translation>Una copia de seguridad es un único archivo cifrado con todo lo que Vigia guarda en esta computadora. Se abre con la frase de contraseña que usted tenga al hacerla. Guárdela lejos de esta computadora, por ejemplo en una memoria USB en un lugar seguro.</translation>
    </message>
    <message>
        <source>Last backup: %1, written to %2.</source>
        <translation>Última copia de seguridad: %1, escrita en %2.</translation>
    </message>
    <message>
        <source>No backup was made of this workspace yet.</source>
        <translation>Todavía no se hizo ninguna copia de seguridad de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Back up &amp;now…</source>
        <translation>Hacer una copia de seguridad &amp;ahora…</translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1. It sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device. Without a hub, ask your coordinator first.</source>
        <translation>Este espacio de trabajo se restauró desde una copia de seguridad hecha el %1. No envía ninguno de sus cambios hasta que se confirme la restauración: una sincronización con el hub la confirma por sí sola cuando el hub no tiene nada más reciente de este dispositivo. Sin hub, consulte primero a la persona que coordina.</translation>
    </message>
    <message>
        <source>Confir&amp;m the restore…</source>
        <translation>Confir&amp;mar la restauración…</translation>
    </message>
</context>
<context>
    <name>vigia::BackupReader</name>
    <message>
        <source>The backup file %1 is damaged or was changed, so nothing was restored. Use another copy of the backup.</source>
        <translation>El archivo de copia de seguridad %1 está dañado o fue modificado, así que no se restauró nada. Use otro ejemplar de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not read the backup file %1 (%2). Check the drive it is on; nothing was restored.</source>
        <translation>No se pudo leer el archivo de copia de seguridad %1 (%2). Compruebe la unidad en la que está; no se restauró nada.</translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name and the drive it is on.</source>
        <translation>No existe el archivo de copia de seguridad %1. Compruebe el nombre y la unidad en la que está.</translation>
    </message>
    <message>
        <source>Could not open the backup file %1 (%2). Check that your user may read it.</source>
        <translation>No se pudo abrir el archivo de copia de seguridad %1 (%2). Compruebe que su cuenta en esta computadora tenga permiso de lectura.</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigia backup, or its beginning is damaged. Choose the backup file Vigia wrote.</source>
        <translation>El archivo %1 no es una copia de seguridad de Vigia, o su comienzo está dañado. Elija el archivo de copia de seguridad que escribió Vigia.</translation>
    </message>
    <message>
        <source>The backup file %1 was written by a newer version of Vigia. Update Vigia to restore it.</source>
        <translation>El archivo de copia de seguridad %1 fue escrito por una versión más reciente de Vigia. Actualice Vigia para restaurarlo.</translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation>No se pudo crear la clave de la copia de seguridad (no hay memoria segura). Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigia::BackupWriter</name>
    <message>
        <source>Could not write the backup file %1 (%2). Free some space or choose another place; no backup was written there.</source>
        <translation>No se pudo escribir el archivo de copia de seguridad %1 (%2). Libere espacio o elija otro lugar; no se escribió allí ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation>No se pudo crear la clave de la copia de seguridad (no hay memoria segura). Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigia::BuiltinForms</name>
    <message>
        <source>The built-in form %1 cannot be read: %2 Reinstall Vigia.</source>
        <translation>No se puede leer el formulario integrado %1: %2 Reinstale Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::BundleCommands</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--out DIR</source>
        <translation>--out DIR</translation>
    </message>
    <message>
        <source>Write this device&apos;s unacknowledged changes to a bundle in DIR.</source>
        <translation>Escribir los cambios sin acuse de recibo de este dispositivo en un paquete en DIR.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The folder to write into, e.g. a USB stick.</source>
        <translation>La carpeta en la que se escribe, p. ej., una memoria USB.</translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation>FILE|DIR</translation>
    </message>
    <message>
        <source>Import a bundle, or every bundle in a folder.</source>
        <translation>Importar un paquete o todos los paquetes de una carpeta.</translation>
    </message>
    <message>
        <source>Checks each bundle (size, project, sender, signature, recipient, contents, change history) and applies it, or keeps it in quarantine when its sender is not approved yet. A bundle already imported changes nothing. Exits with 1 if any bundle was refused.</source>
        <translation>Comprueba cada paquete (tamaño, proyecto, remitente, firma, destinatario, contenido, historial de cambios) y lo aplica, o lo deja en cuarentena si su remitente aún no está aprobado. Un paquete ya importado no cambia nada. Termina con 1 si se rechazó algún paquete.</translation>
    </message>
    <message>
        <source>Show a bundle&apos;s plaintext header; needs no workspace or key.</source>
        <translation>Mostrar el encabezado en texto claro de un paquete; no necesita espacio de trabajo ni clave.</translation>
    </message>
    <message>
        <source>Prints the bundle id, project, sender, creation time, number of changes, counter ranges and recipients. Checks nothing beyond the format: use bundle verify for that.</source>
        <translation>Imprime el ID del paquete, el proyecto, el remitente, la fecha de creación, el número de cambios, los rangos de contadores y los destinatarios. Solo comprueba el formato: para lo demás, use bundle verify.</translation>
    </message>
    <message>
        <source>Check a bundle completely without importing it.</source>
        <translation>Comprobar un paquete por completo sin importarlo.</translation>
    </message>
    <message>
        <source>Runs every check of bundle import (project, approved sender, signature, recipient key, every chunk, hash chains) and applies nothing.</source>
        <translation>Ejecuta todas las comprobaciones de bundle import (proyecto, remitente aprobado, firma, clave del destinatario, cada fragmento, cadenas de hash) y no aplica nada.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>--out FILE [--for DEVICE]</source>
        <translation>--out FILE [--for DEVICE]</translation>
    </message>
    <message>
        <source>Write a receipt for the bundles this device imported.</source>
        <translation>Escribir un acuse de recibo de los paquetes que importó este dispositivo.</translation>
    </message>
    <message>
        <source>Writes a receipt signed by this device listing the bundles it applied (of one device with --for). Researchers import it to clear their outbox.</source>
        <translation>Escribe un acuse de recibo firmado por este dispositivo con la lista de los paquetes que aplicó (de un solo dispositivo con --for). Las personas investigadoras lo importan para vaciar su bandeja de salida.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>Only the bundles of this device.</source>
        <translation>Solo los paquetes de este dispositivo.</translation>
    </message>
    <message>
        <source>Import a coordinator&apos;s receipt and clear the outbox.</source>
        <translation>Importar el acuse de recibo de la coordinación y vaciar la bandeja de salida.</translation>
    </message>
    <message>
        <source>Checks that a coordinator device of the project signed the receipt, then removes the acknowledged changes from the outbox.</source>
        <translation>Comprueba que el acuse de recibo lo firmó un dispositivo de coordinación del proyecto y luego quita de la bandeja de salida los cambios confirmados.</translation>
    </message>
    <message>
        <source>&apos;bundle export&apos; needs --out DIR.</source>
        <translation>&apos;bundle export&apos; necesita --out DIR.</translation>
    </message>
    <message>
        <source>Nothing to export: every change has been acknowledged, or only drafts are waiting.</source>
        <translation>Nada que exportar: todos los cambios tienen acuse de recibo o solo hay borradores pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n cambio en %1.</numerusform>
            <numerusform>Se escribieron %n cambios en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>No existe el archivo o la carpeta %1.</translation>
    </message>
    <message>
        <source>No bundles (*.vigiabundle) in %1.</source>
        <translation>No hay paquetes (*.vigiabundle) en %1.</translation>
    </message>
    <message>
        <source>Some bundles were refused; see the messages above.</source>
        <translation>Se rechazaron algunos paquetes; consulte los mensajes anteriores.</translation>
    </message>
    <message>
        <source>Bundle id:</source>
        <translation>ID del paquete:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Versión del formato:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>ID del proyecto:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <source>Ranges:</source>
        <translation>Rangos:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>List the bundles held in quarantine.</source>
        <translation>Lista los paquetes retenidos en cuarentena.</translation>
    </message>
    <message>
        <source>Lists the bundles whose sender is not (yet) approved in the project: the start of the bundle id, the sending device, when it was written and the file&apos;s size. They are imported by themselves once a manifest approves their sender.</source>
        <translation>Lista los paquetes cuyo remitente (todavía) no está aprobado en el proyecto: el comienzo del ID del paquete, el dispositivo que lo envió, cuándo se escribió y el tamaño del archivo. Se importan solos cuando un manifiesto aprueba a su remitente.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Delete one bundle from the quarantine.</source>
        <translation>Elimina un paquete de la cuarentena.</translation>
    </message>
    <message>
        <source>Deletes the quarantined bundle whose id starts with ID (at least 8 hexadecimal digits, as bundle quarantine list shows them), its file included. Nothing else changes.</source>
        <translation>Elimina el paquete en cuarentena cuyo ID empieza por los dígitos dados en ID (al menos 8 dígitos hexadecimales, como los muestra bundle quarantine list), incluido su archivo. Nada más cambia.</translation>
    </message>
    <message>
        <source>%1  from %2  written %3  %4 bytes</source>
        <translation>%1  de %2  escrito %3  %4 bytes</translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation>La cuarentena está vacía.</translation>
    </message>
    <message>
        <source>Deleted bundle %1 from the quarantine.</source>
        <translation>Se eliminó el paquete %1 de la cuarentena.</translation>
    </message>
    <message>
        <source>Writes every change of this device that no receipt has acknowledged yet, encrypted to the project&apos;s recipients and signed by this device: one bundle, or several when there are more changes than one bundle may carry. Drafts are private and never leave the device until they are finalized. Prints nothing to export when the outbox is empty.</source>
        <translation>Escribe todos los cambios de este dispositivo que ningún recibo ha confirmado todavía, cifrados para los destinatarios del proyecto y firmados por este dispositivo: un paquete, o varios cuando hay más cambios de los que cabe en un paquete. Los borradores son privados y nunca salen del dispositivo hasta que se finalizan. No escribe nada cuando la bandeja de salida está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) in %1 bundles (more than one bundle may carry); take all of them:</source>
        <translation>
            <numerusform>Se escribió %n cambio en %1 paquetes (más de lo que cabe en un paquete); lleve todos:</numerusform>
            <numerusform>Se escribieron %n cambios en %1 paquetes (más de lo que cabe en un paquete); lleve todos:</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle is valid and was already imported; importing it again changes nothing.</source>
        <translation>El paquete es válido y ya se importó; importarlo de nuevo no cambia nada.</translation>
    </message>
    <message numerus="yes">
        <source>Left %n bundle(s) addressed to other devices for them to import.</source>
        <translation>
            <numerusform>Se dejó %n paquete dirigido a otro dispositivo para que lo importe él.</numerusform>
            <numerusform>Se dejaron %n paquetes dirigidos a otros dispositivos para que los importen ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: this device is the only one in the project so far. Its changes stay here and go to each device you approve, in its first bundle.</source>
        <translation>Nada que exportar: por ahora este dispositivo es el único del proyecto. Sus cambios se quedan aquí y llegan a cada dispositivo que usted apruebe, en su primer paquete.</translation>
    </message>
</context>
<context>
    <name>vigia::BundleDownload</name>
    <message>
        <source>The hub did not hand over a bundle</source>
        <translation>El hub no entregó un paquete</translation>
    </message>
    <message>
        <source>The connection to the hub broke</source>
        <translation>Se cortó la conexión con el hub</translation>
    </message>
    <message>
        <source>A bundle from the hub does not match its checksum even when fetched again. Tell the hub&apos;s administrator; nothing was imported.</source>
        <translation>Un paquete del hub no coincide con su suma de verificación ni siquiera al descargarlo de nuevo. Avise a quien administra el hub; no se importó nada.</translation>
    </message>
    <message>
        <source>The download of a bundle made no progress. It will resume at the next sync.</source>
        <translation>La descarga de un paquete no avanzó. Continuará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>vigia::BundleHeader</name>
    <message>
        <source>The bundle header is damaged (%1). Ask the sender to export the bundle again.</source>
        <translation>El encabezado del paquete está dañado (%1). Pida a quien lo envió que exporte el paquete de nuevo.</translation>
    </message>
    <message>
        <source>not canonical CBOR</source>
        <translation>no es CBOR canónico</translation>
    </message>
    <message>
        <source>not a map</source>
        <translation>no es un mapa</translation>
    </message>
    <message>
        <source>unexpected fields</source>
        <translation>campos inesperados</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>falta el campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>versión del formato</translation>
    </message>
    <message>
        <source>header version differs from the file version</source>
        <translation>la versión del encabezado difiere de la versión del archivo</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>sender id</source>
        <translation>ID del remitente</translation>
    </message>
    <message>
        <source>stream header</source>
        <translation>encabezado del flujo</translation>
    </message>
    <message>
        <source>a number has the wrong type</source>
        <translation>un número tiene el tipo incorrecto</translation>
    </message>
    <message>
        <source>chunk size</source>
        <translation>tamaño del fragmento</translation>
    </message>
    <message>
        <source>unknown compression</source>
        <translation>compresión desconocida</translation>
    </message>
    <message>
        <source>The bundle holds %1 changes, more than the %2 this device accepts in one bundle. Ask the sender to export smaller bundles.</source>
        <translation>El paquete contiene %1 cambios, más que los %2 que este dispositivo acepta en un paquete. Pida a quien lo envió que exporte paquetes más pequeños.</translation>
    </message>
    <message>
        <source>ranges</source>
        <translation>rangos</translation>
    </message>
    <message>
        <source>more ranges than changes</source>
        <translation>más rangos que cambios</translation>
    </message>
    <message>
        <source>a range is malformed</source>
        <translation>un rango está mal formado</translation>
    </message>
    <message>
        <source>a range is empty</source>
        <translation>un rango está vacío</translation>
    </message>
    <message>
        <source>ranges overlap</source>
        <translation>los rangos se superponen</translation>
    </message>
    <message>
        <source>ranges do not add up to the change count</source>
        <translation>los rangos no suman el número de cambios</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinatarios</translation>
    </message>
    <message>
        <source>The bundle names %1 recipients, more than the %2 this device accepts. It was not read.</source>
        <translation>El paquete indica %1 destinatarios, más que los %2 que acepta este dispositivo. No se leyó.</translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation>no hay destinatarios</translation>
    </message>
    <message>
        <source>a recipient is malformed</source>
        <translation>un destinatario está mal formado</translation>
    </message>
    <message>
        <source>recipients are not sorted or repeat</source>
        <translation>los destinatarios no están ordenados o se repiten</translation>
    </message>
</context>
<context>
    <name>vigia::BundleImportResults</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Results of the last import</source>
        <translation>Resultados de la última importación</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation>Ya aplicado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Waiting for the sender&apos;s approval</source>
        <translation>Esperando la aprobación de quien lo envió</translation>
    </message>
</context>
<context>
    <name>vigia::BundlePayloadParser</name>
    <message>
        <source>The changes inside the bundle are damaged (%1). Nothing was applied; ask the sender to export the bundle again.</source>
        <translation>Los cambios del paquete están dañados (%1). No se aplicó nada; pida a quien lo envió que exporte el paquete de nuevo.</translation>
    </message>
    <message>
        <source>not a list of changes</source>
        <translation>no es una lista de cambios</translation>
    </message>
    <message>
        <source>not canonical CBOR</source>
        <translation>no es CBOR canónico</translation>
    </message>
    <message>
        <source>%1 changes where the header announces %2</source>
        <translation>%1 cambios, pero el encabezado anuncia %2</translation>
    </message>
    <message>
        <source>data after the last change</source>
        <translation>datos después del último cambio</translation>
    </message>
    <message>
        <source>malformed CBOR</source>
        <translation>CBOR mal formado</translation>
    </message>
    <message>
        <source>A change inside the bundle is larger than the %1 bytes this device accepts, so the bundle was not read. Ask the sender to check it.</source>
        <translation>Un cambio del paquete supera los %1 bytes que acepta este dispositivo, así que no se leyó el paquete. Pida a quien lo envió que lo revise.</translation>
    </message>
    <message>
        <source>change %1 does not match the header&apos;s ranges</source>
        <translation>el cambio %1 no coincide con los rangos del encabezado</translation>
    </message>
    <message>
        <source>Change %1 in the bundle does not follow the one before it from the same device: its hash chain is broken. Nothing was applied; ask the sender to check their device with &quot;vigiactl oplog verify&quot;.</source>
        <translation>El cambio %1 del paquete no sigue al anterior del mismo dispositivo: su cadena de hash está rota. No se aplicó nada; pida a quien lo envió que revise su dispositivo con &quot;vigiactl oplog verify&quot;.</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>contenido vacío</translation>
    </message>
    <message>
        <source>%1 of %2 changes present</source>
        <translation>%1 de %2 cambios presentes</translation>
    </message>
</context>
<context>
    <name>vigia::BundleReader</name>
    <message>
        <source>This file is not a readable Vigia bundle (%1). It may be incomplete: copy it again from the sender.</source>
        <translation>Este archivo no es un paquete de Vigia legible (%1). Puede estar incompleto: vuelva a copiarlo del original de quien lo envió.</translation>
    </message>
    <message>
        <source>The bundle was altered after it was signed (%1). Nothing was applied. Delete the file and ask the sender for a new copy.</source>
        <translation>El paquete se alteró después de firmarse (%1). No se aplicó nada. Elimine el archivo y pida una copia nueva a quien lo envió.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 is larger than the %2 bytes this device accepts, so it was not read. Ask the sender to export smaller bundles.</source>
        <translation>El %1 del paquete supera los %2 bytes que acepta este dispositivo, así que no se leyó. Pida a quien lo envió que exporte paquetes más pequeños.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>no bundle signature at the start</source>
        <translation>no hay firma de paquete al principio</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>format version 0</source>
        <translation>versión de formato 0</translation>
    </message>
    <message>
        <source>This bundle uses format %1, made by a newer Vigia. Update Vigia to import it.</source>
        <translation>Este paquete usa el formato %1, creado por una versión más reciente de Vigia. Actualice Vigia para importarlo.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>truncated chunk</source>
        <translation>fragmento truncado</translation>
    </message>
    <message>
        <source>chunk %1 has an impossible length</source>
        <translation>el fragmento %1 tiene una longitud imposible</translation>
    </message>
    <message>
        <source>no encrypted data</source>
        <translation>no hay datos cifrados</translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation>No se pudo abrir %1 (%2).</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>The sender&apos;s signing key in the project manifest is malformed. Ask the coordinator to check it.</source>
        <translation>La clave de firma del remitente en el manifiesto del proyecto está mal formada. Pida a la coordinación que la revise.</translation>
    </message>
    <message>
        <source>the signature does not match the sender&apos;s key</source>
        <translation>la firma no coincide con la clave del remitente</translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall Vigia.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado. Reinstale Vigia.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device. Import it on a coordinator&apos;s device, or ask the coordinator to add this device to the project&apos;s recipients.</source>
        <translation>Este paquete no está dirigido a este dispositivo. Impórtelo en un dispositivo de coordinación o pida a la coordinación que agregue este dispositivo a los destinatarios del proyecto.</translation>
    </message>
    <message>
        <source>This device&apos;s keys are not available. Unlock the workspace and try again.</source>
        <translation>Las claves de este dispositivo no están disponibles. Desbloquee el espacio de trabajo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Not enough secure memory to decrypt a bundle. Close other programs and try again.</source>
        <translation>No hay suficiente memoria segura para descifrar un paquete. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the content key for this device does not open</source>
        <translation>la clave de contenido de este dispositivo no abre el paquete</translation>
    </message>
    <message>
        <source>stream header</source>
        <translation>encabezado del flujo</translation>
    </message>
    <message>
        <source>data after the final chunk</source>
        <translation>datos después del último fragmento</translation>
    </message>
    <message>
        <source>chunk %1 fails its authentication check</source>
        <translation>el fragmento %1 no supera la comprobación de autenticación</translation>
    </message>
    <message>
        <source>chunk %1 is short but not the last</source>
        <translation>el fragmento %1 es corto, pero no es el último</translation>
    </message>
    <message>
        <source>the end marker is missing, chunks were removed</source>
        <translation>falta la marca de fin; se quitaron fragmentos</translation>
    </message>
    <message>
        <source>compression window</source>
        <translation>ventana de compresión</translation>
    </message>
    <message>
        <source>compressed data: %1</source>
        <translation>datos comprimidos: %1</translation>
    </message>
    <message>
        <source>uncompressed content</source>
        <translation>contenido sin comprimir</translation>
    </message>
    <message>
        <source>data after the compressed content</source>
        <translation>datos después del contenido comprimido</translation>
    </message>
    <message>
        <source>the compressed content is cut short</source>
        <translation>el contenido comprimido está incompleto</translation>
    </message>
    <message>
        <source>header version differs from the file version</source>
        <translation>la versión del encabezado no coincide con la del archivo</translation>
    </message>
</context>
<context>
    <name>vigia::BundleTransferRunner</name>
    <message>
        <source>Writing your changes to %1…</source>
        <translation>Escribiendo sus cambios en %1…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Exportar cambios</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Importando paquetes…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Stops after the bundle being imported: a bundle is always imported whole or not at all.</source>
        <translation>Se detiene después del paquete que se está importando: un paquete se importa siempre entero o no se importa.</translation>
    </message>
    <message>
        <source>Stopping after %1; the bundles after it are not imported.</source>
        <translation>Deteniendo después de %1; los paquetes que siguen no se importan.</translation>
    </message>
</context>
<context>
    <name>vigia::BundleWriter</name>
    <message>
        <source>Change %1 does not follow the change before it from the same device. No bundle was written; run &quot;vigiactl oplog verify&quot;.</source>
        <translation>El cambio %1 no sigue al cambio anterior del mismo dispositivo. No se escribió ningún paquete; ejecute &quot;vigiactl oplog verify&quot;.</translation>
    </message>
    <message>
        <source>The changes to export are not in order (change %1 repeats or goes back). No bundle was written.</source>
        <translation>Los cambios que se van a exportar no están en orden (el cambio %1 se repite o retrocede). No se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall Vigia.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado. Reinstale Vigia.</translation>
    </message>
    <message>
        <source>The project id is not 16 bytes. Set up the project again.</source>
        <translation>El ID del proyecto no tiene 16 bytes. Vuelva a configurar el proyecto.</translation>
    </message>
    <message>
        <source>This device&apos;s keys are missing or damaged, so it cannot sign a bundle. Unlock the workspace and try again.</source>
        <translation>Las claves de este dispositivo faltan o están dañadas, así que no puede firmar un paquete. Desbloquee el espacio de trabajo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A bundle needs between 1 and %1 recipients; the project manifest lists %2. Ask the coordinator to fix the recipients.</source>
        <translation>Un paquete necesita entre 1 y %1 destinatarios; el manifiesto del proyecto indica %2. Pida a la coordinación que corrija los destinatarios.</translation>
    </message>
    <message>
        <source>A recipient&apos;s key is malformed or listed twice. Ask the coordinator to check the project manifest.</source>
        <translation>La clave de un destinatario está mal formada o aparece dos veces. Pida a la coordinación que revise el manifiesto del proyecto.</translation>
    </message>
    <message>
        <source>Not enough secure memory to encrypt a bundle. Close other programs and try again.</source>
        <translation>No hay suficiente memoria segura para cifrar un paquete. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A recipient&apos;s public key is not usable. Ask the coordinator to check the project manifest.</source>
        <translation>La clave pública de un destinatario no se puede usar. Pida a la coordinación que revise el manifiesto del proyecto.</translation>
    </message>
    <message>
        <source>The bundle could not be written. Check that the disk has space and is writable.</source>
        <translation>No se pudo escribir el paquete. Compruebe que el disco tenga espacio y permiso de escritura.</translation>
    </message>
    <message>
        <source>Compressing or encrypting the bundle failed.</source>
        <translation>Falló la compresión o el cifrado del paquete.</translation>
    </message>
    <message>
        <source>Signing the bundle failed. Unlock the workspace and try again.</source>
        <translation>Falló la firma del paquete. Desbloquee el espacio de trabajo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not create %1 (%2). Check that the folder exists and is writable.</source>
        <translation>No se pudo crear %1 (%2). Compruebe que la carpeta exista y tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). Check that the disk has space.</source>
        <translation>No se pudo guardar %1 (%2). Compruebe que el disco tenga espacio.</translation>
    </message>
</context>
<context>
    <name>vigia::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
</context>
<context>
    <name>vigia::ChainVerifier</name>
    <message>
        <source>Device %1: change %2 arrived but change %3 before it is missing. Import the missing data from that device.</source>
        <translation>Dispositivo %1: llegó el cambio %2, pero falta el cambio %3, anterior a él. Importe los datos faltantes de ese dispositivo.</translation>
    </message>
    <message>
        <source>Device %1: change %2 is out of order (expected %3). The data was rearranged; ask the sender to export it again.</source>
        <translation>Dispositivo %1: el cambio %2 está fuera de orden (se esperaba el %3). Los datos fueron reordenados; pida a quien los envió que los exporte de nuevo.</translation>
    </message>
    <message>
        <source>Device %1: change %2 was altered after it was written (its hash no longer matches). Do not trust this copy; ask the sender to export it again.</source>
        <translation>Dispositivo %1: el cambio %2 fue alterado después de escribirse (su hash ya no coincide). No confíe en esta copia; pida a quien la envió que exporte los datos de nuevo.</translation>
    </message>
    <message>
        <source>Device %1: two different versions of change %2 exist (a fork). The second one was not applied; report this to your coordinator.</source>
        <translation>Dispositivo %1: existen dos versiones distintas del cambio %2 (una bifurcación). La segunda no se aplicó; informe de esto a la persona que coordina.</translation>
    </message>
</context>
<context>
    <name>vigia::ChangeExporter</name>
    <message>
        <source>This device is not an approved member of the project &apos;%1&apos;, so no one would accept its changes. Ask the coordinator to approve it.</source>
        <translation>Este dispositivo no está aprobado en el proyecto &apos;%1&apos;, así que nadie aceptaría sus cambios. Pida a la coordinación que lo apruebe.</translation>
    </message>
    <message>
        <source>The project has no recipient for this device&apos;s changes. Ask the coordinator to approve a coordinator device.</source>
        <translation>El proyecto no tiene ningún destinatario para los cambios de este dispositivo. Pida a la coordinación que apruebe un dispositivo de coordinación.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the drive is plugged in and writable.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que la unidad esté conectada y tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the drive is not full.</source>
        <translation>No se puede escribir %1 (%2). Compruebe que la unidad no esté llena.</translation>
    </message>
</context>
<context>
    <name>vigia::ChangeImporter</name>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>No existe el archivo %1. Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>This bundle belongs to another project; nothing was imported. Check that you took the bundles of your own project.</source>
        <translation>Este paquete pertenece a otro proyecto; no se importó nada. Compruebe que tomó los paquetes de su propio proyecto.</translation>
    </message>
    <message>
        <source>This bundle was written by device %1 after it was revoked from the project; nothing was imported.</source>
        <translation>Este paquete lo escribió el dispositivo %1 después de ser revocado del proyecto; no se importó nada.</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing changed.</source>
        <translation>Este paquete ya se importó; no cambió nada.</translation>
    </message>
    <message>
        <source>This bundle carries changes of a device other than its sender; nothing was imported.</source>
        <translation>Este paquete contiene cambios de un dispositivo distinto de su remitente; no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from device %1.</source>
        <translation>
            <numerusform>Se importó %n cambio del dispositivo %1.</numerusform>
            <numerusform>Se importaron %n cambios del dispositivo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle does not continue the changes already received from its device (the histories have forked); nothing was imported. Tell the coordinator.</source>
        <translation>Este paquete no continúa los cambios ya recibidos de su dispositivo (los historiales se bifurcaron); no se importó nada. Avise a la coordinación.</translation>
    </message>
    <message>
        <source>checking the change history</source>
        <translation>comprobar el historial de cambios</translation>
    </message>
    <message>
        <source>checking the bundles already imported</source>
        <translation>comprobar los paquetes ya importados</translation>
    </message>
    <message>
        <source>recording the imported bundle</source>
        <translation>registrar el paquete importado</translation>
    </message>
    <message>
        <source>Device %1 is not (yet) approved in this project, so its bundle was kept in quarantine. It will be imported automatically once a manifest approving the device is imported.</source>
        <translation>El dispositivo %1 (aún) no está aprobado en este proyecto, así que su paquete quedó en cuarentena. Se importará automáticamente cuando se importe un manifiesto que apruebe el dispositivo.</translation>
    </message>
    <message>
        <source>Cannot create the quarantine folder %1.</source>
        <translation>No se puede crear la carpeta de cuarentena %1.</translation>
    </message>
    <message>
        <source>Cannot keep the bundle in quarantine (%1). Check that the disk is not full.</source>
        <translation>No se puede dejar el paquete en cuarentena (%1). Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>keeping the bundle in quarantine</source>
        <translation>dejar el paquete en cuarentena</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>leer la cuarentena</translation>
    </message>
    <message>
        <source>A bundle held in quarantine (%1) could not be read: %2. It stays in quarantine and is tried again when the next manifest arrives; check the disk and the folder %3.</source>
        <translation>No se pudo leer un paquete retenido en cuarentena (%1): %2. Sigue en cuarentena y se volverá a intentar cuando llegue el próximo manifiesto; revise el disco y la carpeta %3.</translation>
    </message>
    <message>
        <source>This bundle carries changes that device %1 made after the coordinator stopped accepting them (the device was revoked); nothing was imported.</source>
        <translation>Este paquete trae cambios que el dispositivo %1 hizo después de que la coordinación dejara de aceptarlos (el dispositivo fue revocado); no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>To make room, the %n oldest bundle(s) in quarantine were deleted.</source>
        <translation>
            <numerusform>Para hacer espacio, se eliminó el paquete más antiguo en cuarentena.</numerusform>
            <numerusform>Para hacer espacio, se eliminaron los %n paquetes más antiguos en cuarentena.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from device %1 (numbers %2 to %3) are waiting for earlier changes of that device that have not arrived; they are applied as soon as the missing bundle is imported.</source>
        <translation>
            <numerusform>%n cambio del dispositivo %1 (número %2 a %3) espera cambios anteriores de ese dispositivo que no han llegado; se aplica en cuanto se importe el paquete que falta.</numerusform>
            <numerusform>%n cambios del dispositivo %1 (números %2 a %3) esperan cambios anteriores de ese dispositivo que no han llegado; se aplican en cuanto se importe el paquete que falta.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bundle id. Give at least its first 8 hexadecimal digits, as &apos;bundle quarantine list&apos; shows them.</source>
        <translation>«%1» no es un ID de paquete. Indique al menos sus primeros 8 dígitos hexadecimales, como los muestra «bundle quarantine list».</translation>
    </message>
    <message>
        <source>No bundle in quarantine has an id starting with %1. &apos;bundle quarantine list&apos; shows them.</source>
        <translation>Ningún paquete en cuarentena tiene un ID que empiece por %1. «bundle quarantine list» los muestra.</translation>
    </message>
    <message>
        <source>Several bundles in quarantine have an id starting with %1; give more digits.</source>
        <translation>Varios paquetes en cuarentena tienen un ID que empieza por %1; indique más dígitos.</translation>
    </message>
    <message>
        <source>removing the bundle from quarantine</source>
        <translation>quitando el paquete de la cuarentena</translation>
    </message>
    <message>
        <source>The sender %1 is not approved in this project; importing would keep the bundle in quarantine until a manifest approves it.</source>
        <translation>El remitente %1 no está aprobado en este proyecto; al importarlo, el paquete quedaría en cuarentena hasta que un manifiesto lo apruebe.</translation>
    </message>
    <message>
        <source>counting the changes still waiting</source>
        <translation>al contar los cambios que siguen en espera</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is valid: importing it would apply %n change(s) from device %1.</source>
        <translation>
            <numerusform>El paquete es válido: importarlo aplicaría %n cambio del dispositivo %1.</numerusform>
            <numerusform>El paquete es válido: importarlo aplicaría %n cambios del dispositivo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>removing a bundle that can never be imported from the quarantine</source>
        <translation>al quitar de la cuarentena un paquete que nunca se podrá importar</translation>
    </message>
    <message>
        <source>This bundle removes answers of a record that device %1 neither created nor coordinates; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete elimina respuestas de un registro que el dispositivo %1 no creó ni coordina; no se importó nada. Avise a la coordinación quién lo envió.</translation>
    </message>
    <message>
        <source>This bundle changes targets, which only a coordinator sets, but device %1 is not a coordinator; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete cambia metas, que solo fija una persona coordinadora, pero el dispositivo %1 no es de una persona coordinadora; no se importó nada. Avise a la persona coordinadora que lo envió.</translation>
    </message>
    <message>
        <source>This bundle carries changes that belong to no device of the project; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete trae cambios que no pertenecen a ningún dispositivo del proyecto; no se importó nada. Avise a la persona coordinadora que lo envió.</translation>
    </message>
    <message>
        <source>This bundle carries other researchers&apos; records or the feedback on them, which this device may not hold; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete trae registros de otras personas investigadoras o las observaciones sobre ellos, que este dispositivo no puede guardar; no se importó nada. Avise a la persona coordinadora que lo envió.</translation>
    </message>
    <message>
        <source>This bundle carries reviews or comments that device %1 wrote on another member&apos;s records, which only a coordinator does; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete trae revisiones o comentarios que el dispositivo %1 escribió sobre registros de otro miembro, algo que solo hace una persona coordinadora; no se importó nada. Avise a la persona coordinadora que lo envió.</translation>
    </message>
    <message>
        <source>This bundle belongs to the project %1, not to the one open now; nothing was imported. Import it with --project %2, or switch to that project in the navigation.</source>
        <translation>Este paquete pertenece al proyecto %1, no al que está abierto ahora; no se importó nada. Impórtelo con --project %2 o cambie a ese proyecto en la navegación.</translation>
    </message>
</context>
<context>
    <name>vigia::ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Escriba su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that is strong enough and type it twice.</source>
        <translation>Elija una nueva frase de contraseña suficientemente sólida y escríbala dos veces.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed. Check Caps Lock and try again.</source>
        <translation>La frase de contraseña actual no es correcta, así que no se cambió nada. Compruebe Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The new passphrase could not be saved, so the current one still opens Vigia. %1</source>
        <translation>No se pudo guardar la nueva frase de contraseña, así que la actual sigue abriendo Vigia. %1</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. Nobody can recover a lost passphrase: write the new one down and keep it somewhere safe, away from the computer.</source>
        <translation>Escriba su frase de contraseña actual y luego la nueva dos veces. Nadie puede recuperar una frase de contraseña perdida: anote la nueva y guárdela en un lugar seguro, lejos de la computadora.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigia::ChoiceField</name>
    <message>
        <source>Type to filter the choices</source>
        <translation>Escriba para filtrar las opciones</translation>
    </message>
    <message>
        <source>Filter the choices of %1</source>
        <translation>Filtrar las opciones de %1</translation>
    </message>
</context>
<context>
    <name>vigia::ChoiceFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 row 1: the file needs a name column; add it to its first row.</source>
        <translation>%1 fila 1: el archivo necesita una columna name; agréguela a su primera fila.</translation>
    </message>
    <message>
        <source>%1 row %2, column name: the choice has no name; fill it in or delete the row.</source>
        <translation>%1 fila %2, columna name: la opción no tiene name; complételo o elimine la fila.</translation>
    </message>
    <message>
        <source>%1, item %2: the item has no name element; add one.</source>
        <translation>%1, item %2: el item no tiene un elemento name; agréguele uno.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3; fix the file.</source>
        <translation>%1 no es XML bien formado (línea %2): %3; corrija el archivo.</translation>
    </message>
</context>
<context>
    <name>vigia::CliApp</name>
    <message>
        <source>Vigia does not speak &apos;%1&apos;. Choose --lang en, --lang es or --lang pt_BR.</source>
        <translation>Vigia no está disponible en el idioma &apos;%1&apos;. Elija --lang en, --lang es o --lang pt_BR.</translation>
    </message>
    <message>
        <source>Unknown command. Run vigiactl --help to see the commands.</source>
        <translation>Comando desconocido. Ejecute vigiactl --help para ver los comandos.</translation>
    </message>
</context>
<context>
    <name>vigia::CliCommandCatalog</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation>La carpeta del espacio de trabajo (predeterminada: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Leer la frase de contraseña de la primera línea de FILE.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>Imprimir JSON en lugar de texto, para scripts.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Interface language: en, es or pt_BR (default: the system&apos;s language).</source>
        <translation>Idioma de la interfaz: en, es o pt_BR (predeterminado: el idioma del sistema).</translation>
    </message>
    <message>
        <source>Show help; after a command, that command&apos;s help.</source>
        <translation>Mostrar la ayuda; después de un comando, la ayuda de ese comando.</translation>
    </message>
    <message>
        <source>Show the version of vigiactl.</source>
        <translation>Mostrar la versión de vigiactl.</translation>
    </message>
    <message>
        <source>--name NAME [--role researcher|coordinator]</source>
        <translation>--name NAME [--role researcher|coordinator]</translation>
    </message>
    <message>
        <source>Create a workspace: a new device identity protected by a passphrase.</source>
        <translation>Crear un espacio de trabajo: una nueva identidad de dispositivo protegida por una frase de contraseña.</translation>
    </message>
    <message>
        <source>Creates the workspace folder with a new device identity (signing and encryption keys) locked by the passphrase, and prints the device id and its fingerprint. Refuses to touch a folder that already holds a workspace.</source>
        <translation>Crea la carpeta del espacio de trabajo con una nueva identidad de dispositivo (claves de firma y de cifrado) bloqueada con la frase de contraseña, e imprime el ID del dispositivo y su huella digital. No modifica ninguna carpeta que ya contenga un espacio de trabajo.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A name for this device, e.g. &quot;Ana - laptop&quot;.</source>
        <translation>Un nombre para este dispositivo, p. ej., &quot;Ana - laptop&quot;.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>researcher (the default) or coordinator.</source>
        <translation>researcher (investigador/a; es el valor predeterminado) o coordinator (coordinador/a).</translation>
    </message>
    <message>
        <source>Show this device&apos;s id, name, role and fingerprint.</source>
        <translation>Mostrar el ID, el nombre, el rol y la huella digital de este dispositivo.</translation>
    </message>
    <message>
        <source>Prints the device id, name, role, key fingerprint and workspace folder. Compare the fingerprint aloud when a coordinator approves this device.</source>
        <translation>Imprime el ID, el nombre y el rol del dispositivo, la huella digital de la clave y la carpeta del espacio de trabajo. Cuando la persona que coordina apruebe este dispositivo, léale en voz alta esta huella digital para que la compare con la que ve.</translation>
    </message>
    <message>
        <source>--form ID [--form-version V] [--set FIELD=VALUE]… [--finalize]</source>
        <translation>--form ID [--form-version V] [--set FIELD=VALUE]… [--finalize]</translation>
    </message>
    <message>
        <source>Create a record and print its id.</source>
        <translation>Crear un registro e imprimir su ID.</translation>
    </message>
    <message>
        <source>The form the record belongs to.</source>
        <translation>El formulario al que pertenece el registro.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Set a field; repeat for more fields.</source>
        <translation>Asignar un campo; repítalo para asignar más campos.</translation>
    </message>
    <message>
        <source>Finalize the record right away.</source>
        <translation>Finalizar el registro de inmediato.</translation>
    </message>
    <message>
        <source>Change fields of a draft record.</source>
        <translation>Cambiar campos de un registro en borrador.</translation>
    </message>
    <message>
        <source>Finalize a draft record.</source>
        <translation>Finalizar un registro en borrador.</translation>
    </message>
    <message>
        <source>Turn a finalized record back into a draft.</source>
        <translation>Convertir un registro finalizado de nuevo en borrador.</translation>
    </message>
    <message>
        <source>Reopens a finalized record so that it can be changed again.</source>
        <translation>Reabre un registro finalizado para que se pueda cambiar de nuevo.</translation>
    </message>
    <message>
        <source>Delete a record (it can be restored).</source>
        <translation>Eliminar un registro (se puede restaurar).</translation>
    </message>
    <message>
        <source>Deletes a record. Nothing is erased: the record disappears from lists and can be brought back with &apos;record restore&apos;.</source>
        <translation>Elimina un registro. No se borra nada: el registro desaparece de las listas y se puede recuperar con &apos;record restore&apos;.</translation>
    </message>
    <message>
        <source>Restore a deleted record.</source>
        <translation>Restaurar un registro eliminado.</translation>
    </message>
    <message>
        <source>Brings a deleted record back, as it was when it was deleted.</source>
        <translation>Recupera un registro eliminado tal como estaba cuando se eliminó.</translation>
    </message>
    <message>
        <source>Show a record with all its fields.</source>
        <translation>Mostrar un registro con todos sus campos.</translation>
    </message>
    <message>
        <source>Prints a record: form, status, country, date, every field and the fields in conflict after a merge.</source>
        <translation>Imprime un registro: formulario, estado, país, fecha, todos los campos y los campos en conflicto después de una fusión.</translation>
    </message>
    <message>
        <source>[FILTERS]</source>
        <translation>[FILTERS]</translation>
    </message>
    <message>
        <source>List records, newest change first.</source>
        <translation>Listar registros, primero los últimos modificados.</translation>
    </message>
    <message>
        <source>Lists the records that match every filter given, most recently changed first: a table in text mode, an array with --json. Deleted records are left out unless --include-deleted is given.</source>
        <translation>Lista los registros que cumplen todos los filtros indicados, primero los modificados más recientemente: una tabla en modo texto, un arreglo con --json. Los registros eliminados se omiten, salvo que se indique --include-deleted.</translation>
    </message>
    <message>
        <source>Only records of this form.</source>
        <translation>Solo registros de este formulario.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only draft or only finalized records.</source>
        <translation>Solo registros en borrador (draft) o solo finalizados (finalized).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Only records whose country field is CC, e.g. BR.</source>
        <translation>Solo registros cuyo campo de país es CC, p. ej., BR.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only records whose date is on or after DATE (YYYY-MM-DD).</source>
        <translation>Solo registros cuya fecha es igual o posterior a DATE (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Only records whose date is on or before DATE (YYYY-MM-DD).</source>
        <translation>Solo registros cuya fecha es igual o anterior a DATE (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only records with a value containing every word of TEXT (word prefixes match; accents are ignored).</source>
        <translation>Solo registros con un valor que contenga todas las palabras de TEXT (basta con el comienzo de cada palabra; se ignoran los acentos).</translation>
    </message>
    <message>
        <source>Show deleted records too.</source>
        <translation>Mostrar también los registros eliminados.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show at most N records (default: 100; 0: all).</source>
        <translation>Mostrar como máximo N registros (predeterminado: 100; 0: todos).</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>Omitir los primeros N registros.</translation>
    </message>
    <message>
        <source>Check the change log&apos;s hash chains.</source>
        <translation>Comprobar las cadenas de hash del registro de cambios.</translation>
    </message>
    <message>
        <source>Re-checks every device&apos;s chain of changes. Prints &quot;The change log is intact.&quot; and exits with 0, or prints every problem found, one per line, and exits with 1.</source>
        <translation>Vuelve a comprobar la cadena de cambios de cada dispositivo. Imprime &quot;El registro de cambios está íntegro.&quot; y termina con 0, o imprime cada problema encontrado, uno por línea, y termina con 1.</translation>
    </message>
    <message>
        <source>Print the hash of the current state.</source>
        <translation>Imprimir el hash del estado actual.</translation>
    </message>
    <message>
        <source>Prints a hash over every current value and open conflict, in hex. Two workspaces that merged the same changes print the same hash.</source>
        <translation>Imprime, en hexadecimal, un hash calculado sobre todos los valores actuales y los conflictos abiertos. Dos espacios de trabajo que fusionaron los mismos cambios imprimen el mismo hash.</translation>
    </message>
    <message>
        <source>List the forms imported into this workspace.</source>
        <translation>Listar los formularios importados en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>ID [--form-version V]</source>
        <translation>ID [--form-version V]</translation>
    </message>
    <message>
        <source>Show a form: its settings and fields.</source>
        <translation>Mostrar un formulario: su configuración y sus campos.</translation>
    </message>
    <message>
        <source>Prints a summary of a form (title, languages, versions stored and every field with its type and label), or with --json the canonical form definition. Without --form-version, the latest version is shown.</source>
        <translation>Imprime un resumen de un formulario (título, idiomas, versiones guardadas y cada campo con su tipo y etiqueta) o, con --json, la definición canónica del formulario. Sin --form-version, se muestra la versión más reciente.</translation>
    </message>
    <message>
        <source>The version to show (default: the latest).</source>
        <translation>La versión que se muestra (predeterminada: la más reciente).</translation>
    </message>
    <message>
        <source>Import a form from a .json definition or an .xlsx XLSForm workbook.</source>
        <translation>Importar un formulario desde una definición .json o un libro XLSForm .xlsx.</translation>
    </message>
    <message>
        <source>Checks the form and stores it in the workspace, then prints &quot;added&quot;, or &quot;unchanged&quot; when that version is already there with the same definition. A different definition under an existing version is refused: give it a new version. Warnings about rows that cannot be collected go to stderr.</source>
        <translation>Comprueba el formulario y lo guarda en el espacio de trabajo; luego imprime &quot;added&quot; o, si esa versión ya está guardada con la misma definición, &quot;unchanged&quot;. Se rechaza una definición diferente con una versión existente: asígnele una versión nueva. Las advertencias sobre filas que no se pueden recopilar se envían a stderr.</translation>
    </message>
    <message>
        <source>Check a form file and report every problem; imports nothing.</source>
        <translation>Comprobar un archivo de formulario e informar todos los problemas; no importa nada.</translation>
    </message>
    <message>
        <source>Reads a .json definition or an .xlsx XLSForm workbook and prints every problem found, one per line, then exits with 3; prints that the form is valid and exits with 0 otherwise. Needs no workspace.</source>
        <translation>Lee una definición .json o un libro XLSForm .xlsx e imprime cada problema encontrado, uno por línea, y termina con 3; si no hay problemas, imprime que el formulario es válido y termina con 0. No necesita un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Creates a draft record of the given form, with the values given by --set, and prints its id. FIELD=VALUE splits at the first &apos;=&apos;. The values are checked against the form: unknown fields, answers of the wrong type and broken constraints are reported one line per field (&quot;field: message&quot;) with exit code 3; required fields only when the record is finalized.</source>
        <translation>Crea un registro en borrador del formulario indicado, con los valores indicados en --set, e imprime su ID. FIELD=VALUE se divide en el primer &apos;=&apos;. Los valores se comprueban con el formulario: los campos desconocidos, las respuestas de tipo incorrecto y las restricciones no cumplidas se informan en una línea por campo (&quot;campo: mensaje&quot;) con el código de salida 3; los campos obligatorios, solo cuando se finaliza el registro.</translation>
    </message>
    <message>
        <source>The version of the form (default: the latest).</source>
        <translation>La versión del formulario (predeterminada: la más reciente).</translation>
    </message>
    <message>
        <source>Sets one or more fields of a draft record in one change, checked against the record&apos;s form version as in &apos;record new&apos;; FIELD= clears a field. A finalized record must be reopened first; a deleted one restored.</source>
        <translation>Asigna uno o más campos de un registro en borrador en un solo cambio, comprobados con la versión del formulario del registro como en &apos;record new&apos;; FIELD= borra un campo. Un registro finalizado primero debe reabrirse, y uno eliminado, restaurarse.</translation>
    </message>
    <message>
        <source>Checks every field of a draft record against its form, required fields included, and reports each failing field with exit code 3; otherwise drops the answers to questions that do not apply, stores the calculated values and marks the record finalized: it can no longer be changed until it is reopened.</source>
        <translation>Comprueba cada campo de un registro en borrador con su formulario, incluidos los obligatorios, e informa cada campo con errores con el código de salida 3; si no hay errores, descarta las respuestas a preguntas que no corresponden, guarda los valores calculados y marca el registro como finalizado: ya no se puede cambiar hasta que se reabra.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Remove an answer everywhere, with every earlier version of it.</source>
        <translation>Eliminar una respuesta en todas partes, con todas sus versiones anteriores.</translation>
    </message>
    <message>
        <source>Removes the answer FIELD of a record from every change that ever held it: on this device at once, on every other device when the removal reaches it with the next bundle or sync. For a child&apos;s name typed by mistake. Only the record&apos;s author or a coordinator may do it. With --replace, VALUE becomes the new answer (checked against the form as in &apos;record set&apos;); quotes of codings on the field that VALUE no longer contains are removed too. This cannot be undone.</source>
        <translation>Elimina la respuesta FIELD de un registro de todos los cambios que alguna vez la contuvieron: en este dispositivo de inmediato, y en cada uno de los demás cuando la eliminación le llegue con el siguiente paquete o sincronización. Sirve para el nombre de una niña o un niño escrito por error. Solo quien creó el registro o una persona que coordina puede hacerlo. Con --replace, VALUE pasa a ser la nueva respuesta (comprobada con el formulario como en &apos;record set&apos;); también se eliminan las citas de codificaciones del campo que VALUE ya no contiene. No se puede deshacer.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>The new answer, without what is removed.</source>
        <translation>La nueva respuesta, sin lo que se elimina.</translation>
    </message>
    <message>
        <source>[--country CC]</source>
        <translation>[--country CC]</translation>
    </message>
    <message>
        <source>List the targets with their progress.</source>
        <translation>Listar las metas con su avance.</translation>
    </message>
    <message>
        <source>Only the targets of country CC, e.g. BR.</source>
        <translation>Solo las metas del país CC, p. ej. BR.</translation>
    </message>
    <message>
        <source>--country CC --indicator ID --baseline VALUE --baseline-year YEAR --target VALUE --target-date DATE [--breakdown DIM=CAT] [--unit UNIT] [--milestone DATE=VALUE]…</source>
        <translation>--country CC --indicator ID --baseline VALUE --baseline-year YEAR --target VALUE --target-date DATE [--breakdown DIM=CAT] [--unit UNIT] [--milestone DATE=VALUE]…</translation>
    </message>
    <message>
        <source>Set a target and its milestones (coordinators only).</source>
        <translation>Fijar una meta y sus hitos (solo la coordinación).</translation>
    </message>
    <message>
        <source>Sets the target of one indicator in one country, for the total or for one breakdown, and prints its id. Setting the same country, indicator and breakdown again replaces it. The unit is the indicator&apos;s (count or months) unless the indicator is a budget, whose unit is its ISO 4217 currency code.</source>
        <translation>Fija la meta de un indicador en un país, para el total o para un desglose, e imprime su id. Fijar de nuevo el mismo país, indicador y desglose la reemplaza. La unidad es la del indicador (count o months), salvo si el indicador es un presupuesto, cuya unidad es el código ISO 4217 de su moneda.</translation>
    </message>
    <message>
        <source>The country, e.g. GT.</source>
        <translation>El país, p. ej. GT.</translation>
    </message>
    <message>
        <source>The indicator, e.g. victims_identified.</source>
        <translation>El indicador, p. ej. victims_identified.</translation>
    </message>
    <message>
        <source>DIM=CAT</source>
        <translation>DIM=CAT</translation>
    </message>
    <message>
        <source>One category of a breakdown, e.g. sex=girls (default: the total).</source>
        <translation>Una categoría de un desglose, p. ej. sex=girls (por omisión: el total).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>count, months, or a currency code such as USD.</source>
        <translation>count, months o un código de moneda como USD.</translation>
    </message>
    <message>
        <source>The baseline value.</source>
        <translation>El valor de la línea de base.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>The year the baseline was measured.</source>
        <translation>El año en que se midió la línea de base.</translation>
    </message>
    <message>
        <source>The value to reach.</source>
        <translation>El valor que se quiere alcanzar.</translation>
    </message>
    <message>
        <source>When to reach it (YYYY-MM-DD).</source>
        <translation>Cuándo alcanzarlo (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE=VALUE</source>
        <translation>DATE=VALUE</translation>
    </message>
    <message>
        <source>A milestone on the way; repeat for more.</source>
        <translation>Un hito en el camino; repita para más.</translation>
    </message>
    <message>
        <source>Delete a target (coordinators only).</source>
        <translation>Eliminar una meta (solo la coordinación).</translation>
    </message>
    <message>
        <source>Deletes the target with this id; setting it again brings it back.</source>
        <translation>Elimina la meta con este id; fijarla de nuevo la recupera.</translation>
    </message>
    <message>
        <source>Set targets from a CSV file (coordinators only).</source>
        <translation>Fijar metas desde un archivo CSV (solo la coordinación).</translation>
    </message>
    <message>
        <source>Reads a UTF-8 CSV file with a header row (country, indicator, breakdown, unit, baseline, baseline_year, target, target_date, milestones as DATE=VALUE;DATE=VALUE) and sets every target in one change. A bad row is reported with its line number and nothing is imported.</source>
        <translation>Lee un archivo CSV en UTF-8 con una fila de encabezado (country, indicator, breakdown, unit, baseline, baseline_year, target, target_date, milestones como DATE=VALUE;DATE=VALUE) y fija todas las metas en un solo cambio. Una fila errónea se informa con su número de línea y no se importa nada.</translation>
    </message>
    <message>
        <source>The folder with the .csv or .xml files that select_one_from_file rows name; their choices are stored with the form.</source>
        <translation>La carpeta con los archivos .csv o .xml que nombran las filas select_one_from_file; sus opciones se guardan con el formulario.</translation>
    </message>
    <message>
        <source>ID --state received|approved|needs-changes|rejected [--comment TEXT]</source>
        <translation>ID --state received|approved|needs-changes|rejected [--comment TEXT]</translation>
    </message>
    <message>
        <source>Set the review state of a finalized record (coordinators).</source>
        <translation>Establecer el estado de revisión de un registro finalizado (personas coordinadoras).</translation>
    </message>
    <message>
        <source>Sets the review state of the finalized record with this id, as &apos;record list&apos; prints it, and with --comment adds a comment on the whole record in the same change. The state and the comment reach the record&apos;s author with the next bundle. A researcher may only set received, on its own record.</source>
        <translation>Establece el estado de revisión del registro finalizado con este id, tal como lo muestra &apos;record list&apos;, y con --comment añade un comentario sobre todo el registro en el mismo cambio. El estado y el comentario llegan a la persona autora del registro con el próximo paquete. Una persona investigadora solo puede establecer received, en su propio registro.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>received, approved, needs-changes or rejected.</source>
        <translation>received, approved, needs-changes o rejected.</translation>
    </message>
    <message>
        <source>Why: a comment on the whole record.</source>
        <translation>Por qué: un comentario sobre todo el registro.</translation>
    </message>
    <message>
        <source>[--state STATE]</source>
        <translation>[--state STATE]</translation>
    </message>
    <message>
        <source>List finalized records with their review state.</source>
        <translation>Listar los registros finalizados con su estado de revisión.</translation>
    </message>
    <message>
        <source>Lists the finalized records, newest first, with their review state, author and number of comments: a table in text mode, an array with --json. A record nobody reviewed yet is received.</source>
        <translation>Lista los registros finalizados, los más recientes primero, con su estado de revisión, su autoría y su número de comentarios: una tabla en modo texto, un arreglo con --json. Un registro que nadie ha revisado todavía está en received.</translation>
    </message>
    <message>
        <source>Only the records in this state: received, approved, needs-changes or rejected.</source>
        <translation>Solo los registros en este estado: received, approved, needs-changes o rejected.</translation>
    </message>
    <message>
        <source>Show a record&apos;s comment thread.</source>
        <translation>Mostrar los comentarios de un registro.</translation>
    </message>
    <message>
        <source>Prints the comments on the record with this id, oldest first, each with its author, time and the field it is about.</source>
        <translation>Muestra los comentarios del registro con este id, los más antiguos primero, cada uno con su autoría, su hora y el campo al que se refiere.</translation>
    </message>
    <message>
        <source>ID [--field NAME] TEXT</source>
        <translation>ID [--field NAME] TEXT</translation>
    </message>
    <message>
        <source>Comment on a record or one of its fields.</source>
        <translation>Comentar un registro o uno de sus campos.</translation>
    </message>
    <message>
        <source>Adds a comment on the record with this id, or with --field on one of its answers, and prints the comment&apos;s id. Coordinators comment on any record; a researcher on its own records.</source>
        <translation>Añade un comentario sobre el registro con este id, o con --field sobre una de sus respuestas, y muestra el id del comentario. Las personas coordinadoras comentan cualquier registro; una persona investigadora, sus propios registros.</translation>
    </message>
    <message>
        <source>The form field the comment is about.</source>
        <translation>El campo del formulario al que se refiere el comentario.</translation>
    </message>
    <message>
        <source>Publish a form version to every member of the project (coordinators).</source>
        <translation>Publicar una versión de un formulario para todas las personas del proyecto (personas coordinadoras).</translation>
    </message>
    <message>
        <source>Sends a stored form version to every member of the project with this device&apos;s next bundles or sync: it appears in their form list, and their new records use it when it is the latest version. Records already started keep their version. Prints &quot;published&quot;, or &quot;unchanged&quot; when this definition was already published. Only a coordinator publishes. Without --form-version, the latest version is published.</source>
        <translation>Envía una versión guardada de un formulario a todas las personas del proyecto con los próximos paquetes o la próxima sincronización de este dispositivo: aparece en su lista de formularios, y sus registros nuevos la usan cuando es la versión más reciente. Los registros ya empezados conservan su versión. Imprime &quot;published&quot;, o &quot;unchanged&quot; cuando esta definición ya estaba publicada. Solo una persona coordinadora publica. Sin --form-version, se publica la versión más reciente.</translation>
    </message>
    <message>
        <source>The version to publish (default: the latest).</source>
        <translation>La versión que se publicará (por defecto: la más reciente).</translation>
    </message>
    <message>
        <source>Lists every target with its latest reported value, the milestone path at that period and its status (on track, at risk, off track, no data; docs/monitoring.md): a table in text mode, an array with --json. Finalized indicator reports count unless a coordinator rejected them or sent them back.</source>
        <translation>Lista cada meta con su último valor informado, la trayectoria de hitos en ese período y su estado (en curso, en riesgo, desviada, sin datos; docs/monitoring.md): una tabla en modo texto, un arreglo con --json. Cuentan los informes de indicadores finalizados, salvo los que una persona coordinadora rechazó o devolvió.</translation>
    </message>
    <message>
        <source>CC --period YEAR --out FILE.pdf</source>
        <translation>CC --period YEAR --out FILE.pdf</translation>
    </message>
    <message>
        <source>Write the country report as a PDF.</source>
        <translation>Escribir el informe de país como PDF.</translation>
    </message>
    <message>
        <source>Writes the report of country CC as it stood at the end of YEAR: its targets and their status, a progress chart per target, the NPA status matrix, the qualitative findings counted by manifestation and code (counts below 5 shown as &lt;5) and a methods note. Headings follow --lang.</source>
        <translation>Escribe el informe del país CC tal como estaba al final de YEAR: sus metas y su estado, un gráfico de avance por meta, la matriz de estado del NPA, los hallazgos cualitativos contados por manifestación y código (los recuentos menores que 5 se muestran como &lt;5) y una nota de métodos. Los títulos siguen --lang.</translation>
    </message>
    <message>
        <source>The year the report covers, e.g. 2026.</source>
        <translation>El año que cubre el informe, p. ej. 2026.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>Lists every imported form version with its id, version, whether it is published to the project, and title: a table in text mode, an array with --json.</source>
        <translation>Lista cada versión de formulario importada con su ID, versión, si está publicada en el proyecto, y título: una tabla en modo texto, un arreglo con --json.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>The project to work in, by id, the start of its id or its name, when the workspace joined several (default: the one used last).</source>
        <translation>El proyecto en el que trabajar, por su id, el comienzo de su id o su nombre, cuando el espacio de trabajo forma parte de varios (por defecto: el último usado).</translation>
    </message>
</context>
<context>
    <name>vigia::CliContext</name>
    <message>
        <source>There is no Vigia workspace in %1. Create one with &apos;vigiactl init --name NAME&apos;, or point to an existing one with --workspace DIR.</source>
        <translation>No hay un espacio de trabajo de Vigia en %1. Cree uno con &apos;vigiactl init --name NAME&apos; o indique uno existente con --workspace DIR.</translation>
    </message>
</context>
<context>
    <name>vigia::CliHelp</name>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>failure, including a damaged change log</source>
        <translation>fallo, incluido un registro de cambios dañado</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, malformed argument</source>
        <translation>error de uso: comando u opción desconocidos, argumento mal formado</translation>
    </message>
    <message>
        <source>wrong passphrase, locked workspace, or no passphrase given</source>
        <translation>frase de contraseña incorrecta, espacio de trabajo bloqueado o no se indicó ninguna frase de contraseña</translation>
    </message>
    <message>
        <source>Usage: vigiactl [GLOBAL OPTIONS] COMMAND [ARGUMENTS…]</source>
        <translation>Uso: vigiactl [GLOBAL OPTIONS] COMMAND [ARGUMENTS…]</translation>
    </message>
    <message>
        <source>vigiactl is the command-line twin of the Vigia app: every data operation of the app, for scripts and terminals, with --json output.</source>
        <translation>vigiactl es la versión de línea de comandos de la aplicación Vigia: todas las operaciones de datos de la aplicación, para scripts y terminales, con salida --json.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Opciones globales (antes o después del comando):</translation>
    </message>
    <message>
        <source>The passphrase is read from --passphrase-file, else from the environment variable VIGIA_PASSPHRASE, else asked for when vigiactl runs in a terminal. It is never printed.</source>
        <translation>La frase de contraseña se lee de --passphrase-file; si no, de la variable de entorno VIGIA_PASSPHRASE; si no, se solicita cuando vigiactl se ejecuta en una terminal. Nunca se imprime.</translation>
    </message>
    <message>
        <source>Run &apos;vigiactl COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;vigiactl COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Usage: vigiactl %1 COMMAND [ARGUMENTS…]</source>
        <translation>Uso: vigiactl %1 COMMAND [ARGUMENTS…]</translation>
    </message>
    <message>
        <source>Run &apos;vigiactl %1 COMMAND --help&apos; for the options of a command, and &apos;vigiactl --help&apos; for the global options.</source>
        <translation>Ejecute &apos;vigiactl %1 COMMAND --help&apos; para ver las opciones de un comando, y &apos;vigiactl --help&apos; para ver las opciones globales.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Global options such as --workspace DIR, --passphrase-file FILE and --json work here too; see &apos;vigiactl --help&apos;.</source>
        <translation>Las opciones globales, como --workspace DIR, --passphrase-file FILE y --json, también funcionan aquí; consulte &apos;vigiactl --help&apos;.</translation>
    </message>
    <message>
        <source>validation error: the data breaks a rule, e.g. a value its form refuses (one &quot;field: message&quot; line per field), changing a finalized record or deleting a deleted one</source>
        <translation>error de validación: los datos no cumplen una regla, p. ej., un valor que su formulario rechaza (una línea &quot;campo: mensaje&quot; por campo), cambiar un registro finalizado o eliminar uno ya eliminado</translation>
    </message>
    <message>
        <source>not found: no such record, workspace or form</source>
        <translation>no encontrado: no existe ese registro, espacio de trabajo o formulario</translation>
    </message>
</context>
<context>
    <name>vigia::CliOutput</name>
    <message>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
</context>
<context>
    <name>vigia::CliParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;. Run &apos;vigiactl --help&apos; to see the options.</source>
        <translation>Opción desconocida &apos;%1&apos;. Ejecute &apos;vigiactl --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;vigiactl --help&apos; to see the commands.</source>
        <translation>Comando desconocido &apos;%1&apos;. Ejecute &apos;vigiactl --help&apos; para ver los comandos.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;. Run &apos;vigiactl %1 --help&apos; to see what &apos;%1&apos; can do.</source>
        <translation>Comando desconocido &apos;%1 %2&apos;. Ejecute &apos;vigiactl %1 --help&apos; para ver lo que &apos;%1&apos; puede hacer.</translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; has no option &apos;--%2&apos;. Run &apos;vigiactl %1 --help&apos; to see its options.</source>
        <translation>El comando &apos;%1&apos; no tiene la opción &apos;--%2&apos;. Ejecute &apos;vigiactl %1 --help&apos; para ver sus opciones.</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos; before the command is complete. Run &apos;vigiactl %2 --help&apos; to see the commands.</source>
        <translation>Opción desconocida &apos;--%1&apos; antes de completar el comando. Ejecute &apos;vigiactl %2 --help&apos; para ver los comandos.</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;. Run &apos;vigiactl --help&apos; to see the options; a command&apos;s own options come after the command.</source>
        <translation>Opción desconocida &apos;--%1&apos;. Ejecute &apos;vigiactl --help&apos; para ver las opciones; las opciones propias de un comando van después del comando.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; needs a value: --%1 %2.</source>
        <translation>La opción &apos;--%1&apos; necesita un valor: --%1 %2.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; takes no value; write just --%1.</source>
        <translation>La opción &apos;--%1&apos; no admite ningún valor; escriba solo --%1.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; needs a value that is not empty.</source>
        <translation>La opción &apos;--%1&apos; necesita un valor que no esté vacío.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; was given twice; give it once.</source>
        <translation>La opción &apos;--%1&apos; se indicó dos veces; indíquela una sola vez.</translation>
    </message>
    <message>
        <source>No command given. Run &apos;vigiactl --help&apos; to see the commands.</source>
        <translation>No se indicó ningún comando. Ejecute &apos;vigiactl --help&apos; para ver los comandos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one more word: %2. Run &apos;vigiactl %1 --help&apos; for details.</source>
        <translation>&apos;%1&apos; necesita una palabra más: %2. Ejecute &apos;vigiactl %1 --help&apos; para ver los detalles.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments: vigiactl %1 %2. Run &apos;vigiactl %1 --help&apos; for details.</source>
        <translation>&apos;%1&apos; necesita más argumentos: vigiactl %1 %2. Ejecute &apos;vigiactl %1 --help&apos; para ver los detalles.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take the argument &apos;%2&apos;. Run &apos;vigiactl %1 --help&apos; for its usage.</source>
        <translation>&apos;%1&apos; no admite el argumento &apos;%2&apos;. Ejecute &apos;vigiactl %1 --help&apos; para ver cómo se usa.</translation>
    </message>
</context>
<context>
    <name>vigia::CliRoleOption</name>
    <message>
        <source>Unknown role &apos;%1&apos;. Choose --role researcher or --role coordinator.</source>
        <translation>Rol desconocido «%1». Elija --role researcher o --role coordinator.</translation>
    </message>
</context>
<context>
    <name>vigia::Codebook</name>
    <message>
        <source>No code %1 exists in this codebook. It may have been removed on another device; reopen the codebook.</source>
        <translation>No existe el código %1 en este libro de códigos. Puede que se haya quitado en otro dispositivo; vuelva a abrir el libro de códigos.</translation>
    </message>
    <message>
        <source>reading a code</source>
        <translation>leer un código</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is deleted. Restore it before changing it.</source>
        <translation>El código &quot;%1&quot; está eliminado. Restáurelo antes de cambiarlo.</translation>
    </message>
    <message>
        <source>counting codings</source>
        <translation>contar las codificaciones</translation>
    </message>
    <message>
        <source>listing codes</source>
        <translation>listar los códigos</translation>
    </message>
    <message>
        <source>A code needs a name. Type a name in at least one language.</source>
        <translation>Un código necesita un nombre. Escriba un nombre en al menos un idioma.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a codebook language. Use en, es or pt.</source>
        <translation>&apos;%1&apos; no es un idioma del libro de códigos. Use en, es o pt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour. Use the form #rrggbb.</source>
        <translation>&apos;%1&apos; no es un color. Use el formato #rrggbb.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; cannot go under itself or one of its own sub-codes. Choose another parent.</source>
        <translation>El código &quot;%1&quot; no puede quedar debajo de sí mismo ni de uno de sus subcódigos. Elija otro código superior.</translation>
    </message>
    <message>
        <source>reading sub-codes</source>
        <translation>leer los subcódigos</translation>
    </message>
    <message>
        <source>reading codings</source>
        <translation>leer las codificaciones</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself. Choose another.</source>
        <translation>Un código no se puede fusionar consigo mismo. Elija otro.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; cannot be merged into its own sub-code &quot;%2&quot;. Merge the sub-code into it instead.</source>
        <translation>El código &quot;%1&quot; no se puede fusionar con su propio subcódigo &quot;%2&quot;. Fusione el subcódigo con él.</translation>
    </message>
    <message>
        <source>The codings of a deleted code must go to another code.</source>
        <translation>Las codificaciones de un código eliminado deben pasar a otro código.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is not deleted, so there is nothing to restore.</source>
        <translation>El código &quot;%1&quot; no está eliminado, así que no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>The starting codebook is missing from this build of Vigia. Reinstall Vigia.</source>
        <translation>Falta el libro de códigos inicial en esta compilación de Vigia. Reinstale Vigia.</translation>
    </message>
    <message>
        <source>reading codes</source>
        <translation>leer los códigos</translation>
    </message>
</context>
<context>
    <name>vigia::CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>%1 (%2 with sub-codes)</source>
        <translation>%1 (%2 con subcódigos)</translation>
    </message>
</context>
<context>
    <name>vigia::CodebookPage</name>
    <message>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>Add a top-level code</source>
        <translation>Agregar un código de nivel superior</translation>
    </message>
    <message>
        <source>New sub-code</source>
        <translation>Nuevo subcódigo</translation>
    </message>
    <message>
        <source>Add a code under the selected one</source>
        <translation>Agregar un código debajo del seleccionado</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Mover a…</translation>
    </message>
    <message>
        <source>Put the selected code under another code (or drag it there)</source>
        <translation>Poner el código seleccionado debajo de otro código (o arrastrarlo allí)</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>Move every coding and sub-code of the selected code into another code, then delete it</source>
        <translation>Pasar todas las codificaciones y subcódigos del código seleccionado a otro código y luego eliminarlo</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected code</source>
        <translation>Eliminar el código seleccionado</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nombre en &amp;inglés:</translation>
    </message>
    <message>
        <source>Name in &amp;Spanish:</source>
        <translation>Nombre en &amp;español:</translation>
    </message>
    <message>
        <source>Name in &amp;Portuguese:</source>
        <translation>Nombre en &amp;portugués:</translation>
    </message>
    <message>
        <source>Colou&amp;r:</source>
        <translation>Colo&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nombre en portugués</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Select a code to see and edit it.</source>
        <translation>Seleccione un código para verlo y editarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of this code</source>
        <translation>
            <numerusform>%n codificación de este código</numerusform>
            <numerusform>%n codificaciones de este código</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with its sub-codes</source>
        <translation>
            <numerusform>%n con sus subcódigos</numerusform>
            <numerusform>%n con sus subcódigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>Color del código</translation>
    </message>
    <message>
        <source>Move “%1” to</source>
        <translation>Mover “%1” a</translation>
    </message>
    <message>
        <source>Merge “%1” into</source>
        <translation>Fusionar “%1” con</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Eliminar código</translation>
    </message>
    <message>
        <source>Delete the code “%1”?</source>
        <translation>¿Eliminar el código “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Its sub-codes move up one level. Its %n coding(s) are kept but hidden until the code is restored; to keep them visible, merge the code into another instead.</source>
        <translation>
            <numerusform>Sus subcódigos suben un nivel. Su codificación se conserva, pero queda oculta hasta que se restaure el código; para que siga visible, fusione el código con otro.</numerusform>
            <numerusform>Sus subcódigos suben un nivel. Sus %n codificaciones se conservan, pero quedan ocultas hasta que se restaure el código; para que sigan visibles, fusione el código con otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move codings, then delete…</source>
        <translation>Mover codificaciones y luego eliminar…</translation>
    </message>
    <message>
        <source>Move the codings of “%1” to</source>
        <translation>Mover las codificaciones de “%1” a</translation>
    </message>
</context>
<context>
    <name>vigia::CodebookPickerDialog</name>
    <message>
        <source>Type to find a code</source>
        <translation>Escriba para buscar un código</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Buscar un código</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Top level (no parent)</source>
        <translation>Nivel superior (sin código superior)</translation>
    </message>
</context>
<context>
    <name>vigia::CodingController</name>
    <message>
        <source>Apply code…</source>
        <translation>Aplicar código…</translation>
    </message>
    <message>
        <source>The narrative is no longer open.</source>
        <translation>La narrativa ya no está abierta.</translation>
    </message>
    <message>
        <source>Save the record before coding it: a coding needs a saved record.</source>
        <translation>Guarde el registro antes de codificarlo: una codificación necesita un registro guardado.</translation>
    </message>
    <message>
        <source>Select the text to code first: a coding needs a non-empty selection.</source>
        <translation>Seleccione primero el texto que desea codificar: una codificación necesita una selección no vacía.</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>Aplicar código</translation>
    </message>
    <message>
        <source>“%1” itself</source>
        <translation>“%1” en sí</translation>
    </message>
    <message>
        <source>Remove coding “%1”</source>
        <translation>Quitar la codificación “%1”</translation>
    </message>
</context>
<context>
    <name>vigia::CodingStore</name>
    <message>
        <source>reading a code</source>
        <translation>leer un código</translation>
    </message>
    <message>
        <source>Code %1 is not in the codebook (it may have been deleted). Choose another code.</source>
        <translation>El código %1 no está en el libro de códigos (puede que se haya eliminado). Elija otro código.</translation>
    </message>
    <message>
        <source>Select the text to code first: a coding needs a non-empty selection.</source>
        <translation>Seleccione primero el texto que desea codificar: una codificación necesita una selección no vacía.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>leer un registro</translation>
    </message>
    <message>
        <source>Record %1 does not exist or is deleted, so it cannot be coded.</source>
        <translation>El registro %1 no existe o está eliminado, así que no se puede codificar.</translation>
    </message>
    <message>
        <source>No coding %1 exists. It may have been removed on another device.</source>
        <translation>No existe la codificación %1. Puede que se haya quitado en otro dispositivo.</translation>
    </message>
    <message>
        <source>reading a coding</source>
        <translation>leer una codificación</translation>
    </message>
    <message>
        <source>Coding %1 was removed. Apply the code again instead.</source>
        <translation>La codificación %1 se quitó. Aplique el código de nuevo.</translation>
    </message>
    <message>
        <source>listing codings</source>
        <translation>listar las codificaciones</translation>
    </message>
</context>
<context>
    <name>vigia::CodingsPanel</name>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Codings of this narrative</source>
        <translation>Codificaciones de esta narrativa</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Why this passage matters, what to check…</source>
        <translation>Por qué importa este pasaje, qué revisar…</translation>
    </message>
    <message>
        <source>Apply code…</source>
        <translation>Aplicar código…</translation>
    </message>
    <message>
        <source>Code the selected text (Ctrl+K)</source>
        <translation>Codificar el texto seleccionado (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save memo</source>
        <translation>Guardar memo</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Quitar codificación</translation>
    </message>
    <message>
        <source>Change code…</source>
        <translation>Cambiar código…</translation>
    </message>
    <message>
        <source>(text not found in the narrative)</source>
        <translation>(no se encontró el texto en la narrativa)</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Cambiar el código</translation>
    </message>
</context>
<context>
    <name>vigia::CommentCommands</name>
    <message>
        <source>No comments on this record.</source>
        <translation>Este registro no tiene comentarios.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>el registro</translation>
    </message>
    <message>
        <source>%1, %2, on %3:</source>
        <translation>%1, %2, sobre %3:</translation>
    </message>
</context>
<context>
    <name>vigia::CommentStore</name>
    <message>
        <source>A comment needs some text. Write what should change or what was checked.</source>
        <translation>Un comentario necesita algo de texto. Escriba qué debe cambiar o qué se revisó.</translation>
    </message>
    <message>
        <source>A comment holds at most %1 characters; this one has %2. Shorten it.</source>
        <translation>Un comentario admite como máximo %1 caracteres; este tiene %2. Acórtelo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name. Name a field of the record&apos;s form, or leave the field out to comment on the whole record.</source>
        <translation>&quot;%1&quot; no es un nombre de campo. Indique un campo del formulario del registro, u omita el campo para comentar todo el registro.</translation>
    </message>
    <message>
        <source>No record %1 exists. List the records to see their ids.</source>
        <translation>No existe el registro %1. Liste los registros para ver sus ids.</translation>
    </message>
    <message>
        <source>reading the record&apos;s author</source>
        <translation>al leer la autoría del registro</translation>
    </message>
    <message>
        <source>Record %1 was created by another researcher: only its author and the coordinators comment on it.</source>
        <translation>El registro %1 lo creó otra persona investigadora: solo su autora y las personas coordinadoras lo comentan.</translation>
    </message>
    <message>
        <source>Record %1 is a draft that has not left this device yet. Finalize it before commenting on it.</source>
        <translation>El registro %1 es un borrador que todavía no ha salido de este dispositivo. Finalícelo antes de comentarlo.</translation>
    </message>
    <message>
        <source>reading the comments</source>
        <translation>al leer los comentarios</translation>
    </message>
    <message>
        <source>counting the comments</source>
        <translation>al contar los comentarios</translation>
    </message>
</context>
<context>
    <name>vigia::CommentThread</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · on %3</source>
        <translation>%1 · %2 · sobre %3</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Todavía no hay comentarios.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comment o&amp;n:</source>
        <translation>Comentario so&amp;bre:</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Comments on this record</source>
        <translation>Comentarios sobre este registro</translation>
    </message>
    <message>
        <source>Write a comment for the record&apos;s author and the coordinators</source>
        <translation>Escriba un comentario para la persona autora del registro y las personas coordinadoras</translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation>Añadir co&amp;mentario</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Todo el registro</translation>
    </message>
</context>
<context>
    <name>vigia::ConflictCommands</name>
    <message>
        <source>List the open conflicts.</source>
        <translation>Lista los conflictos abiertos.</translation>
    </message>
    <message>
        <source>Lists every field that two devices changed without seeing each other&apos;s change, with each competing value, the device that wrote it and when. The value in use meanwhile is the newest one.</source>
        <translation>Lista cada campo que dos dispositivos cambiaron sin ver el cambio del otro, con cada valor en competencia, el dispositivo que lo escribió y cuándo. Mientras tanto se usa el valor más reciente.</translation>
    </message>
    <message>
        <source>ID FIELD (--take DEVICE | --value V)</source>
        <translation>ID FIELD (--take DEVICE | --value V)</translation>
    </message>
    <message>
        <source>Settle a conflict with one device&apos;s value or a value you give.</source>
        <translation>Resuelve un conflicto con el valor de un dispositivo o con un valor que usted indica.</translation>
    </message>
    <message>
        <source>Writes the chosen value as a change that has seen every competing one, so the conflict closes here and on every device that receives it. The competing values stay in the record&apos;s history.</source>
        <translation>Escribe el valor elegido como un cambio que vio todos los valores en competencia, así el conflicto se cierra aquí y en cada dispositivo que lo reciba. Los valores en competencia quedan en el historial del registro.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>Keep the value this device wrote: its id, the start of it, or its name.</source>
        <translation>Conserva el valor que escribió este dispositivo: su id, el comienzo de su id o su nombre.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Write this value instead, e.g. a merged text.</source>
        <translation>Escribe este valor en su lugar, p. ej. un texto combinado.</translation>
    </message>
    <message>
        <source>Record %1, field %2:</source>
        <translation>Registro %1, campo %2:</translation>
    </message>
    <message>
        <source>%1 %2, field %3:</source>
        <translation>%1 %2, campo %3:</translation>
    </message>
    <message>
        <source>    %1  %2  %3</source>
        <translation>    %1  %2  %3</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <source>&apos;conflicts resolve&apos; needs either --take DEVICE or --value V.</source>
        <translation>&apos;conflicts resolve&apos; necesita --take DEVICE o --value V.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id. &apos;vigiactl conflicts list&apos; shows them.</source>
        <translation>&apos;%1&apos; no es un id de registro. &apos;vigiactl conflicts list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Resolved the conflict on %1 of record %2: %3</source>
        <translation>Se resolvió el conflicto de %1 del registro %2: %3</translation>
    </message>
    <message>
        <source>[--country CC]</source>
        <translation>[--country CC]</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Only the conflicts on records of country CC, e.g. BR.</source>
        <translation>Solo los conflictos en registros del país CC, p. ej., BR.</translation>
    </message>
</context>
<context>
    <name>vigia::Conflicts</name>
    <message>
        <source>The field %1 of record %2 has no open conflict. &apos;vigiactl conflicts list&apos; shows the open ones.</source>
        <translation>El campo %1 del registro %2 no tiene ningún conflicto abierto. &apos;vigiactl conflicts list&apos; muestra los abiertos.</translation>
    </message>
    <message>
        <source>reading the open conflicts</source>
        <translation>al leer los conflictos abiertos</translation>
    </message>
    <message>
        <source>That device wrote none of the competing values of %1; take the value of one that did, or give a value.</source>
        <translation>Ese dispositivo no escribió ninguno de los valores en competencia de %1; tome el valor de uno que sí lo hizo, o indique un valor.</translation>
    </message>
    <message>
        <source>The field %1 of record %2 has no open conflict (any more); nothing was changed.</source>
        <translation>El campo %1 del registro %2 ya no tiene ningún conflicto abierto; no se cambió nada.</translation>
    </message>
    <message>
        <source>resolving a conflict</source>
        <translation>al resolver un conflicto</translation>
    </message>
</context>
<context>
    <name>vigia::ConflictsView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>There are no open conflicts: no two devices changed the same answer without seeing each other&apos;s change.</source>
        <translation>No hay conflictos abiertos: ningún par de dispositivos cambió la misma respuesta sin ver el cambio del otro.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>El valor de %1</translation>
    </message>
    <message>
        <source>A merged value, written below</source>
        <translation>Un valor combinado, escrito abajo</translation>
    </message>
    <message>
        <source>The device chosen wrote none of the values of %1; nothing was changed. Select only conflicts it took part in, or write a merged value.</source>
        <translation>El dispositivo elegido no escribió ninguno de los valores de %1; no se cambió nada. Seleccione solo conflictos en los que participó, o escriba un valor combinado.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved. The resolution travels with your next bundle.</source>
        <translation>
            <numerusform>Se resolvió %n conflicto. La resolución viaja con su próximo paquete.</numerusform>
            <numerusform>Se resolvieron %n conflictos. La resolución viaja con su próximo paquete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation>Valor en uso</translation>
    </message>
    <message>
        <source>Differences between the first two values:</source>
        <translation>Diferencias entre los dos primeros valores:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>Merged value:</source>
        <translation>Valor combinado:</translation>
    </message>
    <message>
        <source>Resolve selected</source>
        <translation>Resolver los seleccionados</translation>
    </message>
    <message>
        <source>Settle every selected conflict with the chosen value</source>
        <translation>Resuelve cada conflicto seleccionado con el valor elegido</translation>
    </message>
    <message>
        <source>There are no open conflicts on records of this country.</source>
        <translation>No hay conflictos abiertos en registros de este país.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
</context>
<context>
    <name>vigia::CoordinatorSteps</name>
    <message>
        <source>Create the project</source>
        <translation>Crear el proyecto</translation>
    </message>
    <message>
        <source>Name the project and its country. This workspace will hold the project key: keep it and its passphrase safe.</source>
        <translation>Indique el nombre y el país del proyecto. Este espacio de trabajo guardará la clave del proyecto: guárdelo en un lugar seguro junto con su frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Create the project…</source>
        <translation>&amp;Crear el proyecto…</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Crear un proyecto</translation>
    </message>
    <message>
        <source>Invite researchers</source>
        <translation>Invitar al equipo de investigación</translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation>Huella digital del proyecto</translation>
    </message>
    <message>
        <source>Save an &amp;invitation…</source>
        <translation>Guardar una &amp;invitación…</translation>
    </message>
    <message>
        <source>Save an invitation file for a new member</source>
        <translation>Guardar un archivo de invitación para una persona que se incorpora</translation>
    </message>
    <message>
        <source>Approve a join request</source>
        <translation>Aprobar una solicitud de incorporación</translation>
    </message>
    <message>
        <source>Open a researcher&apos;s request and compare the fingerprint they read to you. Then save the approval and give it back to them, and to every member after each change.</source>
        <translation>Abra la solicitud de una persona investigadora y compare la huella digital con la que esa persona le lee a usted. Luego guarde la aprobación y devuélvasela, y entréguela a cada integrante después de cada cambio.</translation>
    </message>
    <message>
        <source>&amp;Open a join request…</source>
        <translation>&amp;Abrir una solicitud de incorporación…</translation>
    </message>
    <message>
        <source>Open a join request file to approve</source>
        <translation>Abrir un archivo de solicitud de incorporación para aprobarla</translation>
    </message>
    <message>
        <source>Save the &amp;approval…</source>
        <translation>Guardar la a&amp;probación…</translation>
    </message>
    <message>
        <source>Save the approval for every member</source>
        <translation>Guardar la aprobación para cada integrante</translation>
    </message>
    <message>
        <source>Import findings, give receipts</source>
        <translation>Importar hallazgos, entregar acuses de recibo</translation>
    </message>
    <message>
        <source>Import the findings researchers bring on their USB sticks, then save a receipt for them: it tells their devices what arrived.</source>
        <translation>Importe los hallazgos que el equipo de investigación trae en sus memorias USB y luego guarde un acuse de recibo para ese equipo: indica a sus dispositivos qué llegó.</translation>
    </message>
    <message>
        <source>Import &amp;findings…</source>
        <translation>Importar &amp;hallazgos…</translation>
    </message>
    <message>
        <source>Import findings from files or a folder</source>
        <translation>Importar hallazgos desde archivos o una carpeta</translation>
    </message>
    <message>
        <source>Save a receip&amp;t…</source>
        <translation>Guardar un acuse de recib&amp;o…</translation>
    </message>
    <message>
        <source>Save a receipt for the findings imported here</source>
        <translation>Guardar un acuse de recibo de los hallazgos importados aquí</translation>
    </message>
    <message>
        <source>&amp;Export this device&apos;s records…</source>
        <translation>&amp;Exportar los registros de este dispositivo…</translation>
    </message>
    <message>
        <source>Save this device&apos;s records to a folder for another coordinator</source>
        <translation>Guardar los registros de este dispositivo en una carpeta para otra persona coordinadora</translation>
    </message>
    <message>
        <source>Save the invitation to the USB stick for each new researcher. When they open it, read them this fingerprint by phone:</source>
        <translation>Guarde la invitación en la memoria USB para cada nueva persona investigadora. Cuando esa persona abra la invitación, léale por teléfono esta huella digital:</translation>
    </message>
    <message>
        <source>Save an invitation file for each researcher.</source>
        <translation>Guarde un archivo de invitación para cada persona investigadora.</translation>
    </message>
</context>
<context>
    <name>vigia::CountryFilterBox</name>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
</context>
<context>
    <name>vigia::CountryReport</name>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Country report: %1, %2</source>
        <translation>Informe de país: %1, %2</translation>
    </message>
    <message>
        <source>Progress against the targets of the regional monitoring system, as reported up to the end of %1. Made with Vigia on %2.</source>
        <translation>Avance hacia las metas del sistema regional de monitoreo, según lo informado hasta el final de %1. Hecho con Vigia el %2.</translation>
    </message>
    <message>
        <source>Targets and progress</source>
        <translation>Metas y avances</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 no data.</source>
        <translation>%1 en curso, %2 en riesgo, %3 desviadas, %4 sin datos.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 para el %2</translation>
    </message>
    <message>
        <source>units differ</source>
        <translation>unidades distintas</translation>
    </message>
    <message>
        <source>No targets are set for this country.</source>
        <translation>No hay metas fijadas para este país.</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Gráficos de avance</translation>
    </message>
    <message>
        <source>Blue: reported values. Dashed grey: the milestone path from the baseline to the target. Red: the target at its date.</source>
        <translation>Azul: valores informados. Gris discontinuo: la trayectoria de hitos desde la línea de base hasta la meta. Rojo: la meta en su fecha.</translation>
    </message>
    <message>
        <source>National plan of action: status matrix</source>
        <translation>Plan nacional de acción: matriz de estado</translation>
    </message>
    <message>
        <source>No approved or received NPA assessment of this country yet.</source>
        <translation>Todavía no hay ninguna evaluación del NPA aprobada o recibida de este país.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Qualitative findings of %1</source>
        <translation>Hallazgos cualitativos de %1</translation>
    </message>
    <message>
        <source>Findings recorded: %1.</source>
        <translation>Hallazgos registrados: %1.</translation>
    </message>
    <message>
        <source>Manifestation</source>
        <translation>Manifestación</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Sources: %1 indicator reports with periods ending by %2, the NPA assessments of %3 year(s) and %4 qualitative findings of %2, as held in this Vigia workspace on %5. Only finalized records count that a coordinator approved or has received; records rejected or sent back for changes are left out.</source>
        <translation>Fuentes: %1 informes de indicadores con períodos que terminan hasta %2, las evaluaciones del NPA de %3 año(s) y %4 hallazgos cualitativos de %2, tal como estaban en este espacio de trabajo de Vigia el %5. Solo cuentan los registros finalizados que una persona coordinadora aprobó o tiene como recibidos; se excluyen los rechazados o devueltos para cambios.</translation>
    </message>
    <message>
        <source>Progress: the latest reported value of each target is compared with its milestone path (straight lines from the baseline through the milestones to the target) at the end of that period. On track: on or ahead of the path; at risk: behind by at most a tenth of the path&apos;s value; off track: further behind; no data: no report gives a value. Of several reports for one period, the one finalized last counts.</source>
        <translation>Avance: el último valor informado de cada meta se compara con su trayectoria de hitos (líneas rectas desde la línea de base, por los hitos, hasta la meta) al final de ese período. En curso: en la trayectoria o por delante; en riesgo: por detrás como mucho una décima parte del valor de la trayectoria; desviada: más atrás; sin datos: ningún informe da un valor. De varios informes de un mismo período cuenta el último finalizado.</translation>
    </message>
    <message>
        <source>NPA matrix: for each item and year, the answer of the latest approved or received assessment of that year; no data where there is none.</source>
        <translation>Matriz del NPA: para cada elemento y año, la respuesta de la última evaluación aprobada o recibida de ese año; sin datos donde no la hay.</translation>
    </message>
    <message>
        <source>Small cells: counts of qualitative findings below %1 are shown as &quot;&lt;%1&quot; so that few cases cannot be recognised. A finding can concern several manifestations and carry several codes, so the rows do not add up to the total.</source>
        <translation>Celdas pequeñas: los recuentos de hallazgos cualitativos menores que %1 se muestran como «&lt;%1» para que no se puedan reconocer casos aislados. Un hallazgo puede referirse a varias manifestaciones y llevar varios códigos, por lo que las filas no suman el total.</translation>
    </message>
</context>
<context>
    <name>vigia::CryptVfs</name>
    <message>
        <source>The store&apos;s encryption could not start (SQLite or libsodium refused it). Reinstall Vigia.</source>
        <translation>No se pudo iniciar el cifrado del almacén de datos (SQLite o libsodium lo rechazaron). Reinstale Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::CsvExporter</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::DashboardPage</name>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing to show yet: no indicator reports, targets or NPA assessments. Finalized reports appear here once received.</source>
        <translation>Todavía no hay nada que mostrar: no hay informes de indicadores, metas ni evaluaciones del NPA. Los informes finalizados aparecen aquí una vez recibidos.</translation>
    </message>
    <message>
        <source>Targets of %1: %2 on track, %3 at risk, %4 off track, %5 no data</source>
        <translation>Metas de %1: %2 en curso, %3 en riesgo, %4 desviadas, %5 sin datos</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>ningún país</translation>
    </message>
    <message>
        <source>NPA item</source>
        <translation>Elemento del NPA</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>No se pudo escribir el gráfico en %1.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Desglose:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Años:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Primer año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Export char&amp;t…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Country &amp;report (PDF)…</source>
        <translation>Info&amp;rme de país (PDF)…</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Vista del país</translation>
    </message>
    <message>
        <source>&amp;NPA matrix</source>
        <translation>Matri&amp;z del NPA</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gión</translation>
    </message>
    <message>
        <source>National plan of action: assessment by year</source>
        <translation>Plan nacional de acción: evaluación por año</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Gráfico de avance</translation>
    </message>
    <message>
        <source>Progress chart as a table</source>
        <translation>Gráfico de avance como tabla</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>Países comparados</translation>
    </message>
    <message>
        <source>Countries compared, as a table</source>
        <translation>Países comparados, como tabla</translation>
    </message>
    <message>
        <source>NPA status matrix</source>
        <translation>Matriz de estado del NPA</translation>
    </message>
</context>
<context>
    <name>vigia::Database</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the file&apos;s permissions and free disk space.</source>
        <translation>No se puede abrir la base de datos %1: %2. Compruebe los permisos del archivo y el espacio libre en el disco.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle. Reinstall the package libqt6sql6-sqlite.</source>
        <translation>El controlador de SQLite no proporcionó un identificador nativo. Reinstale el paquete libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>updating the store</source>
        <translation>actualizar el almacén de datos</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>The store is damaged (%1 failed: %2). Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation>El almacén de datos está dañado (no se pudo %1: %2). No se cambió nada; restaure el espacio de trabajo desde una copia de seguridad o pida ayuda a la persona que coordina.</translation>
    </message>
    <message>
        <source>The store is busy in another program (%1). Wait a moment and try again.</source>
        <translation>El almacén de datos está ocupado por otro programa (al %1). Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno (al %1). No se cambió nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system refused access to the store (%1: %2). Check permissions and free disk space.</source>
        <translation>El sistema denegó el acceso al almacén de datos (al %1: %2). Compruebe los permisos y el espacio libre en el disco.</translation>
    </message>
    <message>
        <source>Unexpected store error while %1: %2.</source>
        <translation>Error inesperado del almacén de datos al %1: %2.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>al abrir %1</translation>
    </message>
    <message>
        <source>The store is damaged: a page of it does not open with this workspace&apos;s key (%1). Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation>El almacén de datos está dañado: una de sus páginas no se abre con la clave de este espacio de trabajo (%1). No se cambió nada; restaure el espacio de trabajo desde una copia de seguridad o pida ayuda a la persona que coordina.</translation>
    </message>
</context>
<context>
    <name>vigia::DateField</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>vigia::DeviceCommands</name>
    <message>
        <source> (recipient)</source>
        <translation> (destinatario)</translation>
    </message>
    <message>
        <source>%1  %2  revoked in manifest version %3</source>
        <translation>%1  %2  revocado en la versión %3 del manifiesto</translation>
    </message>
    <message>
        <source>no bundle received</source>
        <translation>ningún paquete recibido</translation>
    </message>
    <message>
        <source>last bundle %1</source>
        <translation>último paquete %1</translation>
    </message>
    <message>
        <source>clock %1 (ahead)</source>
        <translation>reloj %1 (adelantado)</translation>
    </message>
    <message>
        <source>clock %1</source>
        <translation>reloj %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) without a receipt</source>
        <translation>
            <numerusform>%n paquete sin acuse de recibo</numerusform>
            <numerusform>%n paquetes sin acuse de recibo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::DeviceNames</name>
    <message>
        <source>No device of this project is called or has an id starting with &apos;%1&apos;. &apos;vigiactl devices list&apos; shows them.</source>
        <translation>Ningún dispositivo de este proyecto se llama &apos;%1&apos; ni tiene un id que empiece así. &apos;vigiactl devices list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Several devices match &apos;%1&apos;; give more of the device id.</source>
        <translation>Varios dispositivos coinciden con &apos;%1&apos;; indique más del id del dispositivo.</translation>
    </message>
</context>
<context>
    <name>vigia::DeviceOverview</name>
    <message>
        <source>reading the devices&apos; clocks</source>
        <translation>al leer los relojes de los dispositivos</translation>
    </message>
    <message>
        <source>reading the bundles received</source>
        <translation>al leer los paquetes recibidos</translation>
    </message>
    <message>
        <source>counting the bundles sent</source>
        <translation>al contar los paquetes enviados</translation>
    </message>
</context>
<context>
    <name>vigia::ExportCommands</name>
    <message>
        <source>Export the finalized records for analysis.</source>
        <translation>Exporta los registros finalizados para su análisis.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The folder to write into; files of the same names are replaced.</source>
        <translation>La carpeta donde escribir; los archivos con los mismos nombres se reemplazan.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the records of form ID.</source>
        <translation>Solo los registros del formulario ID.</translation>
    </message>
    <message>
        <source>Remove what may identify a person (see above).</source>
        <translation>Quita lo que pueda identificar a una persona (vea arriba).</translation>
    </message>
    <message>
        <source>With --deidentify: replace sensitive answers by pseudonyms instead of removing them.</source>
        <translation>Con --deidentify: reemplaza las respuestas sensibles por seudónimos en lugar de quitarlas.</translation>
    </message>
    <message>
        <source>With --deidentify: keep the free-text answers.</source>
        <translation>Con --deidentify: conserva las respuestas de texto libre.</translation>
    </message>
    <message>
        <source>CSV: start each file with a byte order mark (for Excel).</source>
        <translation>CSV: comienza cada archivo con una marca de orden de bytes (para Excel).</translation>
    </message>
    <message>
        <source>Also export the records a coordinator rejected.</source>
        <translation>Exporta también los registros que una persona coordinadora rechazó.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Count the records by country and this select field, small cells suppressed (default with --deidentify: manifestation); repeatable.</source>
        <translation>Cuenta los registros por país y por este campo de selección, con las celdas pequeñas suprimidas (por defecto con --deidentify: manifestation); se puede repetir.</translation>
    </message>
    <message>
        <source>Name the folder to write into with --out DIR.</source>
        <translation>Indique la carpeta donde escribir con --out DIR.</translation>
    </message>
    <message>
        <source>--%1 only applies with --deidentify.</source>
        <translation>--%1 solo se aplica con --deidentify.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) into %1:</source>
        <translation>
            <numerusform>Se exportó %n registro en %1:</numerusform>
            <numerusform>Se exportaron %n registros en %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>--format csv|xlsx|spss|refi-qda --out DIR [--form ID] [--deidentify] [--pseudonymize] [--include-text] [--coarsen-dates] [--bom] [--include-rejected] [--aggregate FIELD]…</source>
        <translation>--format csv|xlsx|spss|refi-qda --out DIR [--form ID] [--deidentify] [--pseudonymize] [--include-text] [--coarsen-dates] [--bom] [--include-rejected] [--aggregate FIELD]…</translation>
    </message>
    <message>
        <source>Writes the finalized records of every form (or of one) into DIR: one CSV file per form version and one per repeat with its parent keys, or one XLSX workbook with a sheet for each, or the CSV files with an SPSS syntax file (.sps) beside each; and the data dictionary (fields, labels in every language, types, choices). Rejected records are left out unless asked for. --format refi-qda writes the codebook (codebook.qdc) and the coded narratives (project.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder. --deidentify removes the fields marked sensitive (or replaces them by pseudonyms of this export only with --pseudonymize), leaves out free text unless --include-text, replaces record ids by pseudonyms and adds count tables by country with cells below 5 suppressed. Nothing is written unless the whole export succeeds.</source>
        <translation>Escribe en DIR los registros finalizados de todos los formularios (o de uno): un archivo CSV por versión de formulario y uno por grupo repetido con las claves de su registro, o un libro XLSX con una hoja para cada uno, o los archivos CSV con un archivo de sintaxis SPSS (.sps) junto a cada uno; y el diccionario de datos (campos, etiquetas en cada idioma, tipos, opciones). Los registros rechazados se omiten salvo que se pidan. --format refi-qda escribe el libro de códigos (codebook.qdc) y las narrativas codificadas (project.qdpx) para NVivo, ATLAS.ti, MAXQDA o QualCoder. --deidentify quita los campos marcados como sensibles (o los reemplaza con --pseudonymize por seudónimos válidos solo en esta exportación), omite el texto libre salvo con --include-text, reemplaza los ids de los registros por seudónimos y agrega tablas de conteo por país con las celdas menores que 5 suprimidas. No se escribe nada salvo que toda la exportación tenga éxito.</translation>
    </message>
    <message>
        <source>csv, xlsx, spss or refi-qda.</source>
        <translation>csv, xlsx, spss o refi-qda.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx, spss or refi-qda, e.g. &apos;vigiactl export --format csv --out exports&apos;.</source>
        <translation>--format debe ser csv, xlsx, spss o refi-qda, p. ej. &apos;vigiactl export --format csv --out exports&apos;.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --format refi-qda.</source>
        <translation>--%1 no se aplica a --format refi-qda.</translation>
    </message>
    <message>
        <source>--include-text only applies with --deidentify.</source>
        <translation>--include-text solo se aplica con --deidentify.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the path and its permissions, then export again.</source>
        <translation>No se pudo crear la carpeta %1. Compruebe la ruta y sus permisos, y vuelva a exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coding(s) in %1 narrative(s) of %2 record(s) into %3:</source>
        <translation>
            <numerusform>Se exportó %n codificación en %1 narrativa(s) de %2 registro(s) a %3:</numerusform>
            <numerusform>Se exportaron %n codificaciones en %1 narrativa(s) de %2 registro(s) a %3:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep only the month of every date; record ids become pseudonyms too (an id holds the moment its record was made).</source>
        <translation>Conservar solo el mes de cada fecha; los ids de registro también pasan a ser seudónimos (un id guarda el momento en que se creó su registro).</translation>
    </message>
</context>
<context>
    <name>vigia::ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>F&amp;ormulario:</translation>
    </message>
    <message>
        <source>Every form</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Carpe&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;De-identify: remove what may identify a person</source>
        <translation>&amp;Desidentificar: quitar lo que pueda identificar a una persona</translation>
    </message>
    <message>
        <source>Removes the fields marked sensitive and the free text, replaces record ids by pseudonyms and adds count tables by country with small cells suppressed.</source>
        <translation>Quita los campos marcados como sensibles y el texto libre, reemplaza los ids de los registros por seudónimos y agrega tablas de conteo por país con las celdas pequeñas suprimidas.</translation>
    </message>
    <message>
        <source>Replace sensitive answers by &amp;pseudonyms instead</source>
        <translation>Reemplazar las respuestas sensibles por &amp;seudónimos</translation>
    </message>
    <message>
        <source>Keep free &amp;text</source>
        <translation>Conservar el texto &amp;libre</translation>
    </message>
    <message>
        <source>Keep only the &amp;month of dates</source>
        <translation>Conservar solo el &amp;mes de las fechas</translation>
    </message>
    <message>
        <source>Byte order mark for E&amp;xcel (CSV)</source>
        <translation>Marca de orden de &amp;bytes para Excel (CSV)</translation>
    </message>
    <message>
        <source>Include re&amp;jected records</source>
        <translation>Incluir los registros rec&amp;hazados</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportar en</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export could not start: %1</source>
        <translation>La exportación no pudo comenzar: %1</translation>
    </message>
    <message>
        <source>The export failed and wrote nothing: %1</source>
        <translation>La exportación falló y no escribió nada: %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>Se exportó %n registro en %1.</numerusform>
            <numerusform>Se exportaron %n registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>REFI-QDA (codebook and coded narratives)</source>
        <translation>REFI-QDA (libro de códigos y narrativas codificadas)</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the path and its permissions, then export again.</source>
        <translation>No se pudo crear la carpeta %1. Compruebe la ruta y sus permisos, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Record ids become pseudonyms too: an id holds the moment its record was made.</source>
        <translation>Los ids de registro también pasan a ser seudónimos: un id guarda el momento en que se creó su registro.</translation>
    </message>
</context>
<context>
    <name>vigia::Exporter</name>
    <message>
        <source>No form %1 in this workspace. &apos;vigiactl forms list&apos; shows them.</source>
        <translation>No hay ningún formulario %1 en este espacio de trabajo. &apos;vigiactl forms list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder in %1: %2</source>
        <translation>No se pudo crear una carpeta temporal en %1: %2</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>No se pudo reemplazar %1.</translation>
    </message>
    <message>
        <source>Could not move the export into %1.</source>
        <translation>No se pudo mover la exportación a %1.</translation>
    </message>
</context>
<context>
    <name>vigia::ExprEvaluator</name>
    <message>
        <source>&apos;..&apos; at position %1 can only be used as position(..)</source>
        <translation>&apos;..&apos; en la posición %1 solo se puede usar como position(..)</translation>
    </message>
    <message>
        <source>the operation at position %1 is incomplete</source>
        <translation>la operación en la posición %1 está incompleta</translation>
    </message>
    <message>
        <source>position() at position %1 takes &apos;..&apos; or a field such as ${name}</source>
        <translation>position() en la posición %1 admite &apos;..&apos; o un campo, como ${nombre}</translation>
    </message>
</context>
<context>
    <name>vigia::ExprFunctions</name>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>función desconocida &apos;%1&apos; en la posición %2</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>ningún argumento</translation>
    </message>
    <message>
        <source>one argument</source>
        <translation>un argumento</translation>
    </message>
    <message>
        <source>%1 arguments</source>
        <translation>%1 argumentos</translation>
    </message>
    <message>
        <source>at least one argument</source>
        <translation>al menos un argumento</translation>
    </message>
    <message>
        <source>at least %1 arguments</source>
        <translation>al menos %1 argumentos</translation>
    </message>
    <message>
        <source>%1 to %2 arguments</source>
        <translation>de %1 a %2 argumentos</translation>
    </message>
    <message>
        <source>%1() at position %2 takes %3, not %4</source>
        <translation>%1() en la posición %2 admite %3, no %4</translation>
    </message>
    <message>
        <source>regex() at position %1: &apos;%2&apos; is not a valid regular expression (%3)</source>
        <translation>regex() en la posición %1: &apos;%2&apos; no es una expresión regular válida (%3)</translation>
    </message>
    <message>
        <source>date() at position %1 cannot turn &apos;%2&apos; into a date; write dates as YYYY-MM-DD</source>
        <translation>date() en la posición %1 no puede convertir &apos;%2&apos; en una fecha; escriba las fechas como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1() at position %2 cannot be evaluated here</source>
        <translation>%1() en la posición %2 no se puede evaluar aquí</translation>
    </message>
    <message>
        <source>regex() at position %1: the pattern has %2 characters, more than the limit of %3; shorten it</source>
        <translation>regex() en la posición %1: el patrón tiene %2 caracteres, más que el límite de %3; acórtelo</translation>
    </message>
    <message>
        <source>regex() at position %1: in &apos;%2&apos;, a group repeated without limit holds another repetition without limit, which can take hours to test on some answers; make the inner repetition possessive (++ or *+), make the group atomic (?&gt;…), or rewrite the pattern</source>
        <translation>regex() en la posición %1: en &apos;%2&apos;, un grupo repetido sin límite contiene otra repetición sin límite, lo que puede tardar horas en comprobarse con algunas respuestas; haga posesiva la repetición interior (++ o *+), haga atómico el grupo (?&gt;…) o reescriba el patrón</translation>
    </message>
    <message>
        <source>regex() at position %1: in &apos;%2&apos;, a group repeated without limit has alternatives of which one begins with another, which can take hours to test on some answers; make the group atomic (?&gt;…) or rewrite the alternatives</source>
        <translation>regex() en la posición %1: en &apos;%2&apos;, un grupo repetido sin límite tiene alternativas de las que una empieza con otra, lo que puede tardar horas en comprobarse con algunas respuestas; haga atómico el grupo (?&gt;…) o reescriba las alternativas</translation>
    </message>
    <message>
        <source>regex() at position %1: &apos;%2&apos; could not be tested against this answer: it needs too many steps, or the answer holds invalid characters; simplify the pattern</source>
        <translation>regex() en la posición %1: no se pudo comprobar &apos;%2&apos; con esta respuesta: necesita demasiados pasos o la respuesta contiene caracteres no válidos; simplifique el patrón</translation>
    </message>
</context>
<context>
    <name>vigia::ExprGraph</name>
    <message>
        <source>these fields depend on each other in a circle: %1; a calculation or relevance condition cannot read, even indirectly, the field it decides</source>
        <translation>estos campos dependen unos de otros en círculo: %1; un cálculo o una condición de relevancia no puede leer, ni siquiera indirectamente, el campo que determina</translation>
    </message>
</context>
<context>
    <name>vigia::ExprLexer</name>
    <message>
        <source>the expression is %1 characters long, more than the %2 allowed; split it across calculate fields</source>
        <translation>la expresión tiene %1 caracteres, más que los %2 permitidos; divídala en varios campos calculate</translation>
    </message>
    <message>
        <source>the text starting at position %1 has no closing %2</source>
        <translation>al texto que empieza en la posición %1 le falta el %2 de cierre</translation>
    </message>
    <message>
        <source>&apos;${&apos; at position %1 must be followed by a field name and &apos;}&apos;</source>
        <translation>&apos;${&apos; en la posición %1 debe ir seguido de un nombre de campo y de &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; inesperado en la posición %2</translation>
    </message>
</context>
<context>
    <name>vigia::ExprParser</name>
    <message>
        <source>the expression is empty</source>
        <translation>la expresión está vacía</translation>
    </message>
    <message>
        <source>unexpected end of the expression at position %1</source>
        <translation>fin inesperado de la expresión en la posición %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; inesperado en la posición %2</translation>
    </message>
    <message>
        <source>the expression nests more than %1 levels deep at position %2; split it across calculate fields</source>
        <translation>la expresión tiene más de %1 niveles de anidamiento en la posición %2; divídala en varios campos calculate</translation>
    </message>
    <message>
        <source>&apos;..&apos; at position %1 can only be used as position(..)</source>
        <translation>&apos;..&apos; en la posición %1 solo se puede usar como position(..)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not understood; refer to a field as ${%1}</source>
        <translation>&apos;%1&apos; en la posición %2 no se entiende; para referirse a un campo, escriba ${%1}</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>función desconocida &apos;%1&apos; en la posición %2</translation>
    </message>
</context>
<context>
    <name>vigia::FeedbackCheck</name>
    <message>
        <source>checking who may comment on a record</source>
        <translation>al comprobar quién puede comentar un registro</translation>
    </message>
    <message>
        <source>checking who may review a record</source>
        <translation>al comprobar quién puede revisar un registro</translation>
    </message>
    <message>
        <source>This bundle approves, rejects or asks for changes to a record, which only a coordinator does, but device %1 is not a coordinator; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete aprueba, rechaza o pide cambios en un registro, algo que solo hace una persona coordinadora, pero el dispositivo %1 no es de una persona coordinadora; no se importó nada. Avise a la persona coordinadora de quién lo envió.</translation>
    </message>
    <message>
        <source>This bundle carries a review or a comment by device %1 on a record that device did not create; only coordinators review and comment on other researchers&apos; records. Nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete contiene una revisión o un comentario del dispositivo %1 sobre un registro que ese dispositivo no creó; solo las personas coordinadoras revisan y comentan los registros de otras personas investigadoras. No se importó nada. Avise a la persona coordinadora de quién lo envió.</translation>
    </message>
</context>
<context>
    <name>vigia::FormCommands</name>
    <message>
        <source>No forms yet. Import one with &apos;vigiactl forms import FILE&apos;.</source>
        <translation>Todavía no hay formularios. Importe uno con &apos;vigiactl forms import FILE&apos;.</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>FORMULARIO</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulario:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Idioma predeterminado:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <source>Versions stored:</source>
        <translation>Versiones guardadas:</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>Form %1 version %2 is valid.</source>
        <translation>El formulario %1, versión %2, es válido.</translation>
    </message>
    <message numerus="yes">
        <source>The form has %n problem(s), listed in the output. Nothing was imported.</source>
        <translation>
            <numerusform>El formulario tiene %n problema, indicado en la salida. No se importó nada.</numerusform>
            <numerusform>El formulario tiene %n problemas, indicados en la salida. No se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1 (from the form&apos;s content)</source>
        <translation>versión %1 (según el contenido del formulario)</translation>
    </message>
    <message>
        <source>Form %1 version %2 goes to every member with this device&apos;s next bundles.</source>
        <translation>El formulario %1, versión %2, llegará a todas las personas del proyecto con los próximos paquetes de este dispositivo.</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>PUBLICADA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>vigia::FormFile</name>
    <message>
        <source>%1 is not a folder; give the folder that holds the form&apos;s choice files.</source>
        <translation>%1 no es una carpeta; indique la carpeta que contiene los archivos de opciones del formulario.</translation>
    </message>
    <message>
        <source>%1 is neither a form definition (.json) nor an XLSForm workbook (.xlsx). Give a file with one of those extensions.</source>
        <translation>%1 no es una definición de formulario (.json) ni un libro XLSForm (.xlsx). Indique un archivo con una de esas extensiones.</translation>
    </message>
</context>
<context>
    <name>vigia::FormJson</name>
    <message>
        <source>Could not write the form definition %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>No se pudo escribir la definición de formulario %1: %2. Compruebe que la carpeta exista y que tenga permiso de escritura en ella.</translation>
    </message>
    <message>
        <source>The form definition %1 does not exist. Check the file name.</source>
        <translation>La definición de formulario %1 no existe. Compruebe el nombre del archivo.</translation>
    </message>
    <message>
        <source>Could not open the form definition %1: %2. Check that you may read it.</source>
        <translation>No se pudo abrir la definición de formulario %1: %2. Compruebe que tenga permiso de lectura.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3. Fix the file with a text editor or export the form again.</source>
        <translation>%1 no es JSON válido: %2 en el byte %3. Corrija el archivo con un editor de texto o exporte el formulario de nuevo.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1: %2: %3. See docs/form-format.md for the form definition format.</source>
        <translation>%1: %2: %3. Consulte docs/form-format.md para ver el formato de las definiciones de formulario.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigia (form format %2). Update Vigia to read it.</source>
        <translation>%1 fue escrito por una versión más reciente de Vigia (formato de formulario %2). Actualice Vigia para leerlo.</translation>
    </message>
    <message>
        <source>expected the number %1</source>
        <translation>se esperaba el número %1</translation>
    </message>
    <message>
        <source>expected a list of rows</source>
        <translation>se esperaba una lista de filas</translation>
    </message>
    <message>
        <source>expected a list of choices</source>
        <translation>se esperaba una lista de opciones</translation>
    </message>
    <message>
        <source>groups nest more than %1 levels deep</source>
        <translation>los grupos están anidados en más de %1 niveles</translation>
    </message>
    <message>
        <source>every row needs a type</source>
        <translation>cada fila necesita un tipo</translation>
    </message>
    <message>
        <source>expected an object of media kinds</source>
        <translation>se esperaba un objeto con tipos de medios</translation>
    </message>
    <message>
        <source>only a group or a repeat has children</source>
        <translation>solo un grupo o un repeat puede tener elementos hijos</translation>
    </message>
    <message>
        <source>every choice needs a list_name and a name</source>
        <translation>cada opción necesita un list_name y un name</translation>
    </message>
    <message>
        <source>expected an object of texts per language, such as {&quot;en&quot;: &quot;Age&quot;}</source>
        <translation>se esperaba un objeto con textos por idioma, como {&quot;en&quot;: &quot;Age&quot;}</translation>
    </message>
    <message>
        <source>expected an object of texts</source>
        <translation>se esperaba un objeto de textos</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>miembro desconocido</translation>
    </message>
</context>
<context>
    <name>vigia::FormPublication</name>
    <message>
        <source>A published form in this bundle cannot be read; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Un formulario publicado en este paquete no se puede leer; no se importó nada. Avise a la persona coordinadora que lo envió.</translation>
    </message>
    <message>
        <source>a published form</source>
        <translation>un formulario publicado</translation>
    </message>
    <message>
        <source>Only a coordinator publishes forms to the project. Ask your coordinator to publish form %1.</source>
        <translation>Solo una persona coordinadora publica formularios en el proyecto. Pida a su persona coordinadora que publique el formulario %1.</translation>
    </message>
    <message>
        <source>Form %1 version %2 is too large to publish (%3 MB); the limit is %4 MB.</source>
        <translation>El formulario %1, versión %2, es demasiado grande para publicarlo (%3 MB); el límite es %4 MB.</translation>
    </message>
    <message>
        <source>reading the published forms</source>
        <translation>al leer los formularios publicados</translation>
    </message>
    <message>
        <source>reading the forms</source>
        <translation>al leer los formularios</translation>
    </message>
</context>
<context>
    <name>vigia::FormPublicationCheck</name>
    <message>
        <source>This bundle publishes a form, which only a coordinator does, but device %1 is not a coordinator of the project; nothing was imported. Tell the coordinator.</source>
        <translation>Este paquete publica un formulario, algo que solo hace una persona coordinadora, pero el dispositivo %1 no es de una persona coordinadora del proyecto; no se importó nada. Avise a la persona coordinadora.</translation>
    </message>
    <message>
        <source>This bundle carries a published form that cannot be read; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete contiene un formulario publicado que no se puede leer; no se importó nada. Avise a la persona coordinadora que lo envió.</translation>
    </message>
    <message>
        <source>This bundle publishes form %1 version %2, which breaks the form rules; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete publica el formulario %1, versión %2, que no cumple las reglas de los formularios; no se importó nada. Avise a la persona coordinadora que lo envió.</translation>
    </message>
    <message>
        <source>This bundle publishes form %1 version %2, but this device already holds a different definition under that version, and a form version never changes; nothing was imported. Ask the coordinator to publish the new definition under a new version.</source>
        <translation>Este paquete publica el formulario %1, versión %2, pero este dispositivo ya tiene otra definición con esa versión, y una versión de un formulario nunca cambia; no se importó nada. Pida a la persona coordinadora que publique la nueva definición con una versión nueva.</translation>
    </message>
</context>
<context>
    <name>vigia::FormRegexWarnings</name>
    <message>
        <source>survey row %1, column %2</source>
        <translation>survey, fila %1, columna %2</translation>
    </message>
    <message>
        <source>field %1, column %2</source>
        <translation>campo %1, columna %2</translation>
    </message>
    <message>
        <source>%1: %2. The form is imported all the same: Vigia stops testing an answer after ten million steps and shows an error on the field instead of accepting or refusing the answer.</source>
        <translation>%1: %2. El formulario se importa de todos modos: Vigia deja de probar una respuesta tras diez millones de pasos y muestra un error en el campo en lugar de aceptar o rechazar la respuesta.</translation>
    </message>
</context>
<context>
    <name>vigia::FormSession</name>
    <message>
        <source>The form cannot be filled in: %1.</source>
        <translation>No se puede llenar el formulario: %1.</translation>
    </message>
    <message>
        <source>The form has a row without a name or a name used twice (%1); check it with &apos;vigiactl forms validate&apos;.</source>
        <translation>El formulario tiene una fila sin nombre o un nombre usado dos veces (%1); revíselo con &apos;vigiactl forms validate&apos;.</translation>
    </message>
    <message>
        <source>Field %1, column %2: %3</source>
        <translation>Campo %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The form has no field %1.</source>
        <translation>El formulario no tiene el campo %1.</translation>
    </message>
    <message>
        <source>Field %1 holds no answer; only questions can be set.</source>
        <translation>El campo %1 no guarda respuestas; solo se pueden asignar valores a las preguntas.</translation>
    </message>
    <message>
        <source>Field %1 is calculated by the form and cannot be set.</source>
        <translation>El formulario calcula el campo %1 y no se puede asignar.</translation>
    </message>
    <message>
        <source>Field %1 is read-only.</source>
        <translation>El campo %1 es de solo lectura.</translation>
    </message>
    <message>
        <source>The form could not evaluate the %1 of this field: %2</source>
        <translation>El formulario no pudo evaluar la expresión %1 de este campo: %2</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This answer is not allowed here; check it against the question.</source>
        <translation>Esta respuesta no está permitida aquí; compárela con la pregunta.</translation>
    </message>
    <message>
        <source>%1 has %2 instances, as its repeat count decides; there is no instance %3.</source>
        <translation>%1 tiene %2 instancias, según lo determina su número de repeticiones; no existe la instancia %3.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 instances.</source>
        <translation>%1 puede tener como máximo %2 instancias.</translation>
    </message>
    <message>
        <source>Field %1 is inside a repeat; name the instance, as in %2.</source>
        <translation>El campo %1 está dentro de un repeat; indique la instancia, como en %2.</translation>
    </message>
    <message>
        <source>The form has no repeat %1; name a repeat and the instances around it, as in members[2]/children.</source>
        <translation>El formulario no tiene el repeat %1; indique un repeat y las instancias que lo contienen, como en members[2]/children.</translation>
    </message>
    <message>
        <source>The number of instances of %1 follows from its repeat count; change the answers it depends on instead.</source>
        <translation>El número de instancias de %1 depende de su número de repeticiones; cambie en su lugar las respuestas de las que depende.</translation>
    </message>
    <message>
        <source>There is no repeat instance %1; name it as in members[2].</source>
        <translation>No existe la instancia de repeat %1; indíquela como en members[2].</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer one of the choices here, after the answers above changed; pick another.</source>
        <translation>&apos;%1&apos; ya no es una de las opciones aquí, porque cambiaron las respuestas anteriores; elija otra.</translation>
    </message>
    <message>
        <source>Field %1, column %2: ${%3} is the name of more than one field; check the form with &apos;vigiactl forms validate&apos;.</source>
        <translation>Campo %1, columna %2: ${%3} es el nombre de más de un campo; revise el formulario con &apos;vigiactl forms validate&apos;.</translation>
    </message>
    <message>
        <source>${%1} is the name of more than one field; check the form with &apos;vigiactl forms validate&apos;.</source>
        <translation>${%1} es el nombre de más de un campo; revise el formulario con &apos;vigiactl forms validate&apos;.</translation>
    </message>
</context>
<context>
    <name>vigia::FormSessionTypeCheck</name>
    <message>
        <source>Enter a whole number, such as 12.</source>
        <translation>Ingrese un número entero, como 12.</translation>
    </message>
    <message>
        <source>Enter a number, such as %1.</source>
        <translation>Ingrese un número, como %1.</translation>
    </message>
    <message>
        <source>Enter a date as year-month-day, such as 2024-05-31.</source>
        <translation>Ingrese una fecha como año-mes-día, por ejemplo 2024-05-31.</translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2024-05-31T14:30.</source>
        <translation>Ingrese una fecha y hora, como 2024-05-31T14:30.</translation>
    </message>
    <message>
        <source>Enter a time, such as 14:30.</source>
        <translation>Ingrese una hora, como 14:30.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices; pick from the list.</source>
        <translation>&apos;%1&apos; no es una de las opciones; elija de la lista.</translation>
    </message>
    <message>
        <source>Enter the latitude and the longitude as numbers, such as 4.61 -74.08.</source>
        <translation>Ingrese la latitud y la longitud como números, por ejemplo 4.61 -74.08.</translation>
    </message>
    <message>
        <source>Tick the box to acknowledge (stored as OK), or leave it empty.</source>
        <translation>Marque la casilla para confirmar (se guarda como OK) o déjela vacía.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2 in steps of %3.</source>
        <translation>Ingrese un número de %1 a %2 en pasos de %3.</translation>
    </message>
</context>
<context>
    <name>vigia::FormStore</name>
    <message>
        <source>reading a form</source>
        <translation>leer un formulario</translation>
    </message>
    <message>
        <source>Form %1 version %2 already exists with a different definition. Forms versions never change: give the new definition a new version.</source>
        <translation>El formulario %1 ya tiene una versión %2 con una definición diferente. Las versiones de los formularios nunca cambian: asigne una versión nueva a la nueva definición.</translation>
    </message>
    <message>
        <source>saving a form</source>
        <translation>guardar un formulario</translation>
    </message>
    <message>
        <source>reading the forms</source>
        <translation>leer los formularios</translation>
    </message>
    <message>
        <source>There is no form %1 in this workspace. Import it first (vigiactl forms import FILE).</source>
        <translation>No hay ningún formulario %1 en este espacio de trabajo. Impórtelo primero (vigiactl forms import FILE).</translation>
    </message>
    <message>
        <source>There is no version %2 of form %1 in this workspace. Import it first (vigiactl forms import FILE).</source>
        <translation>No hay ninguna versión %2 del formulario %1 en este espacio de trabajo. Impórtela primero (vigiactl forms import FILE).</translation>
    </message>
</context>
<context>
    <name>vigia::FormValidator</name>
    <message>
        <source>survey row %1</source>
        <translation>survey, fila %1</translation>
    </message>
    <message>
        <source>survey row %1, column %2</source>
        <translation>survey, fila %1, columna %2</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>field %1, column %2</source>
        <translation>campo %1, columna %2</translation>
    </message>
    <message>
        <source>settings: the form has no form_id; give it one.</source>
        <translation>settings: el formulario no tiene form_id; asígnele uno.</translation>
    </message>
    <message>
        <source>settings: the form has no version; give it one, such as 1.</source>
        <translation>settings: el formulario no tiene versión; asígnele una, por ejemplo, 1.</translation>
    </message>
    <message>
        <source>%1: unknown type &apos;%2&apos;; see docs/form-format.md for the types Vigia knows.</source>
        <translation>%1: tipo desconocido &apos;%2&apos;; consulte docs/form-format.md para ver los tipos que Vigia admite.</translation>
    </message>
    <message>
        <source>%1: the row has no name; give it one.</source>
        <translation>%1: la fila no tiene nombre; asígnele uno.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid name; start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>%1: &apos;%2&apos; no es un nombre válido; empiece con una letra o &apos;_&apos; y use solo letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;.</translation>
    </message>
    <message>
        <source>%1: %2 needs a choice list, as in &apos;%2 yes_no&apos;.</source>
        <translation>%1: %2 necesita una lista de opciones, como en &apos;%2 yes_no&apos;.</translation>
    </message>
    <message>
        <source>%1: the choice list &apos;%2&apos; does not exist; add it to the choices.</source>
        <translation>%1: la lista de opciones &apos;%2&apos; no existe; agréguela a la hoja choices.</translation>
    </message>
    <message>
        <source>%1: ${%2} refers to a field that does not exist; check the name.</source>
        <translation>%1: ${%2} remite a un campo que no existe; compruebe el nombre.</translation>
    </message>
    <message>
        <source>choices row %1, column name: the list &apos;%2&apos; has the choice &apos;%3&apos; twice; rename one.</source>
        <translation>choices, fila %1, columna name: la lista &apos;%2&apos; tiene la opción &apos;%3&apos; dos veces; cambie el nombre de una de ellas.</translation>
    </message>
    <message>
        <source>choices: the list &apos;%1&apos; has the choice &apos;%2&apos; twice; rename one.</source>
        <translation>choices: la lista &apos;%1&apos; tiene la opción &apos;%2&apos; dos veces; cambie el nombre de una de ellas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>survey: %1.</source>
        <translation>survey: %1.</translation>
    </message>
    <message>
        <source>%1: the name %2 is already used in row %3 of the same group or repeat; rename one of them.</source>
        <translation>%1: el nombre %2 ya se usa en la fila %3 del mismo grupo o repeat; cambie el nombre de una de las dos.</translation>
    </message>
    <message>
        <source>%1: the name %2 is already used in row %3, and one of them is a repeat; a repeat&apos;s name must be unique in the whole form, so rename one of them.</source>
        <translation>%1: el nombre %2 ya se usa en la fila %3 y una de las dos es un repeat; el nombre de un repeat debe ser único en todo el formulario, así que cambie el nombre de una de las dos.</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice, and one of them is a repeat; a repeat&apos;s name must be unique in the whole form, so rename one of them.</source>
        <translation>%1: el nombre %2 se usa dos veces y una de ellas es un repeat; el nombre de un repeat debe ser único en todo el formulario, así que cambie el nombre de una de las dos.</translation>
    </message>
    <message>
        <source>%1: ${%2} is ambiguous: the name %2 is used by %3. A ${…} reference needs a name used only once in the form; rename all but one of them.</source>
        <translation>%1: ${%2} es ambiguo: el nombre %2 lo usan %3. Una referencia ${…} necesita un nombre usado una sola vez en el formulario; cambie el nombre de todas salvo una.</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice in the same group or repeat; rename one of them.</source>
        <translation>%1: el nombre %2 se usa dos veces en el mismo grupo o repeat; cambie el nombre de una de las dos.</translation>
    </message>
</context>
<context>
    <name>vigia::FormsView</name>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Form %1 version %2 is published: it reaches every member of the project with your next bundles or sync. Records already started keep their version.</source>
        <translation>El formulario %1, versión %2, está publicado: llegará a todas las personas del proyecto con sus próximos paquetes o su próxima sincronización. Los registros ya empezados conservan su versión.</translation>
    </message>
    <message>
        <source>Publish a form version to send it to every member of the project with your next bundles or sync. Their new records use the latest version; records already started keep theirs. A published version never changes: publish changes under a new version.</source>
        <translation>Publique una versión de un formulario para enviarla a todas las personas del proyecto con sus próximos paquetes o su próxima sincronización. Sus registros nuevos usan la versión más reciente; los registros ya empezados conservan la suya. Una versión publicada nunca cambia: publique los cambios con una versión nueva.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Form id</source>
        <translation>Identificador del formulario</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Form versions</source>
        <translation>Versiones de formularios</translation>
    </message>
    <message>
        <source>&amp;Publish to the project</source>
        <translation>&amp;Publicar en el proyecto</translation>
    </message>
    <message>
        <source>Publish the selected form version to the project</source>
        <translation>Publicar en el proyecto la versión de formulario seleccionada</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Importar XLSForm…</translation>
    </message>
    <message>
        <source>Import a form from an XLSForm workbook or a form file</source>
        <translation>Importar un formulario desde un libro XLSForm o un archivo de formulario</translation>
    </message>
</context>
<context>
    <name>vigia::History</name>
    <message>
        <source>reading the history of a record</source>
        <translation>al leer el historial de un registro</translation>
    </message>
    <message>
        <source>No change touched record %1 in this workspace. List the records to find its id.</source>
        <translation>Ningún cambio tocó el registro %1 en este espacio de trabajo. Liste los registros para encontrar su id.</translation>
    </message>
    <message>
        <source>No change touched the field %1 of record %2.</source>
        <translation>Ningún cambio tocó el campo %1 del registro %2.</translation>
    </message>
</context>
<context>
    <name>vigia::HistoryCommands</name>
    <message>
        <source>RECORD [FIELD]</source>
        <translation>RECORD [FIELD]</translation>
    </message>
    <message>
        <source>Show every change of a record, or of one of its fields, and where it came from.</source>
        <translation>Muestra cada cambio de un registro, o de uno de sus campos, y de dónde vino.</translation>
    </message>
    <message>
        <source>Lists, oldest first, every change that touched the record (or the field): the device that wrote it, when (its clock, as local time), the bundle that brought it or &quot;written here&quot;, and whether it took part in a conflict or resolved one. Then, for each device involved, whether its chain of changes is intact and whether its clock was found ahead of this device&apos;s.</source>
        <translation>Lista, del más antiguo al más reciente, cada cambio que tocó el registro (o el campo): el dispositivo que lo escribió, cuándo (según su reloj, en hora local), el paquete que lo trajo o &quot;escrito aquí&quot;, y si participó en un conflicto o resolvió uno. Luego, para cada dispositivo involucrado, si su cadena de cambios está intacta y si su reloj estaba adelantado respecto al de este dispositivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id. &apos;vigiactl record list&apos; shows them.</source>
        <translation>&apos;%1&apos; no es un id de registro. &apos;vigiactl record list&apos; los muestra.</translation>
    </message>
    <message>
        <source>written here</source>
        <translation>escrito aquí</translation>
    </message>
    <message>
        <source>bundle unknown</source>
        <translation>paquete desconocido</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>paquete %1</translation>
    </message>
    <message>
        <source>  (resolved a conflict)</source>
        <translation>  (resolvió un conflicto)</translation>
    </message>
    <message>
        <source>  (in conflict)</source>
        <translation>  (en conflicto)</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 = %5%6</source>
        <translation>%1  %2  %3  %4 = %5%6</translation>
    </message>
    <message>
        <source>%1: chain intact</source>
        <translation>%1: cadena intacta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its clock was ahead of this device&apos;s by more than ten minutes; its times may be too late.</source>
        <translation>%1: su reloj iba más de diez minutos adelantado respecto al de este dispositivo; sus horas pueden ser demasiado tardías.</translation>
    </message>
    <message>
        <source>  (draft, never sent)</source>
        <translation>  (borrador, nunca enviado)</translation>
    </message>
</context>
<context>
    <name>vigia::HubAuth</name>
    <message>
        <source>This request needs a session. Open one with a challenge and the device&apos;s signature, then send its token as &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation>Esta solicitud necesita una sesión. Abra una con un desafío y la firma del dispositivo, y luego envíe su token como &apos;Authorization: Bearer TOKEN&apos;.</translation>
    </message>
    <message>
        <source>The session token is unknown or has expired. Open a new session.</source>
        <translation>El token de sesión es desconocido o expiró. Abra una nueva sesión.</translation>
    </message>
    <message>
        <source>This session belongs to another project.</source>
        <translation>Esta sesión pertenece a otro proyecto.</translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest.</source>
        <translation>Este dispositivo no está en el manifiesto del proyecto.</translation>
    </message>
    <message>
        <source>This device was revoked by the project&apos;s coordinator.</source>
        <translation>La coordinación del proyecto revocó este dispositivo.</translation>
    </message>
    <message>
        <source>The hub&apos;s administration blocked this device, as one reported lost or stolen. Contact the project&apos;s coordinator.</source>
        <translation>La administración del hub bloqueó este dispositivo porque se reportó como perdido o robado. Comuníquese con la persona que coordina el proyecto.</translation>
    </message>
</context>
<context>
    <name>vigia::HubCli</name>
    <message>
        <source>vigia-hub: unknown command &apos;%1&apos;. Run &apos;vigia-hub --help&apos; for the commands.</source>
        <translation>vigia-hub: comando desconocido &apos;%1&apos;. Ejecute &apos;vigia-hub --help&apos; para ver los comandos.</translation>
    </message>
    <message>
        <source>vigia-hub init: name the data folder with --data DIR.</source>
        <translation>vigia-hub init: indique la carpeta de datos con --data DIR.</translation>
    </message>
    <message>
        <source>vigia-hub init: could not create %1. Check the path and its permissions.</source>
        <translation>vigia-hub init: no se pudo crear %1. Compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>Hub ready in %1 (hub id %2).</source>
        <translation>Hub listo en %1 (ID del hub %2).</translation>
    </message>
    <message>
        <source>vigia-hub project create: give the project&apos;s name and --data DIR.</source>
        <translation>vigia-hub project create: indique el nombre del proyecto y --data DIR.</translation>
    </message>
    <message>
        <source>Give this one-time token to the coordinator who owns &apos;%1&apos;; it registers the project once and is shown only now:</source>
        <translation>Entregue este token de un solo uso a la persona que coordina &apos;%1&apos;; registra el proyecto una sola vez y solo se muestra ahora:</translation>
    </message>
    <message>
        <source>vigia-hub stats: name the data folder with --data DIR.</source>
        <translation>vigia-hub stats: indique la carpeta de datos con --data DIR.</translation>
    </message>
    <message>
        <source>Projects: %1
Devices: %2
Bundles: %3 (%4 bytes)
Uploads in progress: %5</source>
        <translation>Proyectos: %1
Dispositivos: %2
Paquetes: %3 (%4 bytes)
Subidas en curso: %5</translation>
    </message>
    <message>
        <source>vigia-hub serve: name the data folder with --data DIR.</source>
        <translation>vigia-hub serve: indique la carpeta de datos con --data DIR.</translation>
    </message>
    <message>
        <source>vigia-hub serve: --listen takes ADDRESS:PORT, such as 127.0.0.1:8470.</source>
        <translation>vigia-hub serve: --listen recibe ADDRESS:PORT, como 127.0.0.1:8470.</translation>
    </message>
    <message>
        <source>vigia-hub serve: %1 holds no hub. Run &apos;vigia-hub init --data %1&apos; first.</source>
        <translation>vigia-hub serve: %1 no contiene ningún hub. Ejecute primero &apos;vigia-hub init --data %1&apos;.</translation>
    </message>
    <message>
        <source>vigia-hub serve: could not set up signal handling.</source>
        <translation>vigia-hub serve: no se pudo configurar el manejo de señales.</translation>
    </message>
    <message>
        <source>vigia-hub: listening on %1 port %2</source>
        <translation>vigia-hub: escuchando en %1, puerto %2</translation>
    </message>
    <message>
        <source>vigia-hub: stopping; letting requests in progress finish.</source>
        <translation>vigia-hub: deteniéndose; se dejan terminar las solicitudes en curso.</translation>
    </message>
    <message>
        <source>vigia-hub init: --database takes a postgresql:// URI, such as postgresql://vigia@db.example.org/vigia_hub.</source>
        <translation>vigia-hub init: --database recibe un URI postgresql://, como postgresql://vigia@db.example.org/vigia_hub.</translation>
    </message>
    <message>
        <source>vigia-hub init: could not write %1. Check the folder&apos;s permissions.</source>
        <translation>vigia-hub init: no se pudo escribir %1. Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>vigia-hub %1: %2 holds no hub. Run &apos;vigia-hub init --data %2&apos; first.</source>
        <translation>vigia-hub %1: %2 no contiene ningún hub. Ejecute primero &apos;vigia-hub init --data %2&apos;.</translation>
    </message>
    <message>
        <source>vigia-hub devices list: name the data folder with --data DIR, and a project with --project and its 32 hex digits.</source>
        <translation>vigia-hub devices list: indique la carpeta de datos con --data DIR, y un proyecto con --project y sus 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>This hub serves no project yet.</source>
        <translation>Este hub todavía no atiende ningún proyecto.</translation>
    </message>
    <message>
        <source>%1 (project %2, manifest version %3)</source>
        <translation>%1 (proyecto %2, versión del manifiesto %3)</translation>
    </message>
    <message>
        <source>no devices</source>
        <translation>sin dispositivos</translation>
    </message>
    <message>
        <source>revoked by the manifest</source>
        <translation>revocado por el manifiesto</translation>
    </message>
    <message>
        <source>blocked on this hub</source>
        <translation>bloqueado en este hub</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>vigia-hub %1: give the device&apos;s id (32 hex digits), --project ID and --data DIR, as &apos;vigia-hub devices list&apos; shows them.</source>
        <translation>vigia-hub %1: indique el ID del dispositivo (32 dígitos hexadecimales), --project ID y --data DIR, tal como los muestra &apos;vigia-hub devices list&apos;.</translation>
    </message>
    <message>
        <source>Device %1 of project %2 is blocked on this hub: it can open no session, and the sessions it has are refused. It stays in the project&apos;s manifest: ask the project&apos;s coordinator to revoke it in a new manifest. &apos;vigia-hub devices restore&apos; lifts the block.</source>
        <translation>El dispositivo %1 del proyecto %2 quedó bloqueado en este hub: no puede abrir ninguna sesión y se rechazan las sesiones que ya tiene. Sigue en el manifiesto del proyecto: pida a la persona que coordina el proyecto que lo revoque en un nuevo manifiesto. &apos;vigia-hub devices restore&apos; levanta el bloqueo.</translation>
    </message>
    <message>
        <source>Device %1 of project %2 is no longer blocked on this hub; it has the access the project&apos;s manifest gives it.</source>
        <translation>El dispositivo %1 del proyecto %2 ya no está bloqueado en este hub; tiene el acceso que le da el manifiesto del proyecto.</translation>
    </message>
    <message>
        <source>vigia-hub backup: name the folder for the copy and the data folder: vigia-hub backup DIR --data DIR.</source>
        <translation>vigia-hub backup: indique la carpeta para la copia y la carpeta de datos: vigia-hub backup DIR --data DIR.</translation>
    </message>
    <message>
        <source>vigia-hub backup: this hub keeps its data in PostgreSQL, and pg_dump is its backup; vigia-hub copies only the SQLite store. Run, as a user who may read the database (the password comes from ~/.pgpass or PGPASSWORD):</source>
        <translation>vigia-hub backup: este hub guarda sus datos en PostgreSQL, y su copia de seguridad es pg_dump; vigia-hub solo copia el almacén SQLite. Ejecute, con una cuenta que pueda leer la base de datos (la contraseña se toma de ~/.pgpass o PGPASSWORD):</translation>
    </message>
    <message>
        <source>vigia-hub backup: could not create %1. Check the path and its permissions.</source>
        <translation>vigia-hub backup: no se pudo crear %1. Compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>Backup written and checked:</source>
        <translation>Copia de seguridad escrita y verificada:</translation>
    </message>
    <message>
        <source>Usage: vigia-hub COMMAND [OPTIONS]

The regional hub: stores encrypted bundles and routes them between the devices of each project. It never sees what a bundle contains.

Commands:
  init --data DIR [--database postgresql://…]
                                  create the hub&apos;s data folder (and, with --database, its PostgreSQL schema)
  serve --data DIR [--listen ADDR:PORT] [--config FILE] [--tls-cert FILE --tls-key FILE]
                                  answer the API until SIGTERM (default 127.0.0.1:8470)
  project create NAME --data DIR  print a one-time token that registers one project
  stats --data DIR [--json]       projects, devices, bundles and uploads held
  devices list --data DIR [--project ID] [--json]
                                  each project&apos;s devices: role, and whether approved, revoked by the manifest or blocked on this hub
  devices revoke DEVICE --project ID --data DIR
                                  block a device reported lost or stolen on this hub, before its coordinator can sign a new manifest
  devices restore DEVICE --project ID --data DIR
                                  lift that block
  backup DIR --data DIR           a checked copy of the SQLite database into DIR (for PostgreSQL it prints the pg_dump command)
  --help, --version

The hub&apos;s administration can only take access away: devices are added only by the manifest the project&apos;s coordinator signs, never by vigia-hub.

The data folder can also come from VIGIA_HUB_DATA or the config file&apos;s [hub] data=; the address from VIGIA_HUB_LISTEN or [hub] listen=; the PostgreSQL URI from --database, VIGIA_HUB_DATABASE or [hub] database=.
</source>
        <translation>Uso: vigia-hub COMMAND [OPTIONS]

El hub regional: guarda paquetes cifrados y los encamina entre los dispositivos de cada proyecto. Nunca ve lo que contiene un paquete.

Comandos:
  init --data DIR [--database postgresql://…]
                                  crear la carpeta de datos del hub (y, con --database, su esquema de PostgreSQL)
  serve --data DIR [--listen ADDR:PORT] [--config FILE] [--tls-cert FILE --tls-key FILE]
                                  atender la API hasta SIGTERM (predeterminado: 127.0.0.1:8470)
  project create NAME --data DIR  imprimir un token de un solo uso que registra un proyecto
  stats --data DIR [--json]       proyectos, dispositivos, paquetes y subidas guardados
  devices list --data DIR [--project ID] [--json]
                                  los dispositivos de cada proyecto: rol y si están aprobados, revocados por el manifiesto o bloqueados en este hub
  devices revoke DEVICE --project ID --data DIR
                                  bloquear en este hub un dispositivo reportado como perdido o robado, antes de que la persona que coordina pueda firmar un nuevo manifiesto
  devices restore DEVICE --project ID --data DIR
                                  levantar ese bloqueo
  backup DIR --data DIR           una copia verificada de la base de datos SQLite en DIR (para PostgreSQL, imprime el comando pg_dump)
  --help, --version

La administración del hub solo puede quitar acceso: los dispositivos solo se agregan con el manifiesto que firma la persona que coordina el proyecto, nunca con vigia-hub.

La carpeta de datos también puede venir de VIGIA_HUB_DATA o de [hub] data= del archivo de configuración; la dirección, de VIGIA_HUB_LISTEN o [hub] listen=; el URI de PostgreSQL, de --database, VIGIA_HUB_DATABASE o [hub] database=.
</translation>
    </message>
    <message>
        <source>vigia-hub serve: give both --tls-cert FILE and --tls-key FILE, or neither.</source>
        <translation>vigia-hub serve: indique --tls-cert FILE y --tls-key FILE juntos, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>vigia-hub serve: could not read %1. Check the path and its permissions.</source>
        <translation>vigia-hub serve: no se pudo leer %1. Compruebe la ruta y sus permisos.</translation>
    </message>
</context>
<context>
    <name>vigia::HubClientSession</name>
    <message>
        <source>Could not sign in to the hub</source>
        <translation>No se pudo iniciar sesión en el hub</translation>
    </message>
    <message>
        <source>The hub opened a session without a token. Check that the address is a Vigia hub.</source>
        <translation>El hub abrió una sesión sin token. Compruebe que la dirección sea la de un hub de Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::HubConnection</name>
    <message>
        <source>the hub&apos;s certificate is not the one this project pinned</source>
        <translation>el certificado del hub no es el que este proyecto fijó</translation>
    </message>
    <message>
        <source>the hub did not answer for %1 seconds</source>
        <translation>el hub no respondió durante %1 segundos</translation>
    </message>
    <message>
        <source>the hub&apos;s certificate is not trusted (%1)</source>
        <translation>el certificado del hub no es de confianza (%1)</translation>
    </message>
    <message>
        <source>the hub answered HTTP %1</source>
        <translation>el hub respondió HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::HubCoordinatorPanel</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Investigador/a</translation>
    </message>
    <message>
        <source>Type the one-time token the hub&apos;s administrator gave you.</source>
        <translation>Escriba el token de un solo uso que le dio quien administra el hub.</translation>
    </message>
    <message>
        <source>The project is registered on the hub. New members can now join with an invitation code.</source>
        <translation>El proyecto está registrado en el hub. Los nuevos miembros ya pueden unirse con un código de invitación.</translation>
    </message>
    <message>
        <source>An invitation code is valid for 1 to %1 days.</source>
        <translation>Un código de invitación es válido de 1 a %1 días.</translation>
    </message>
    <message>
        <source>Works once, until %1.</source>
        <translation>Sirve una sola vez, hasta el %1.</translation>
    </message>
    <message>
        <source>%1 is approved as %2. The hub passes the new list of members on to every device.</source>
        <translation>Se aprobó a %1 como %2. El hub transmite la nueva lista de miembros a todos los dispositivos.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador/a</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>investigador/a</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando al hub…</translation>
    </message>
    <message>
        <source>On the hub</source>
        <translation>En el hub</translation>
    </message>
    <message>
        <source>Once, before anyone joins: register the project on the hub with the one-time token its administrator gave you.</source>
        <translation>Una sola vez, antes de que alguien se una: registre el proyecto en el hub con el token de un solo uso que le dio quien lo administra.</translation>
    </message>
    <message>
        <source>One-time token:</source>
        <translation>Token de un solo uso:</translation>
    </message>
    <message>
        <source>One-time token from the hub&apos;s administrator</source>
        <translation>Token de un solo uso de quien administra el hub</translation>
    </message>
    <message>
        <source>Register the project on the hu&amp;b</source>
        <translation>Registrar el proyecto en el hu&amp;b</translation>
    </message>
    <message>
        <source>Register the project on the hub</source>
        <translation>Registrar el proyecto en el hub</translation>
    </message>
    <message>
        <source>A new member joins with a code you read to them by phone.</source>
        <translation>Un nuevo miembro se une con un código que usted le lee por teléfono.</translation>
    </message>
    <message>
        <source>Valid for (da&amp;ys):</source>
        <translation>Vá&amp;lido durante (días):</translation>
    </message>
    <message>
        <source>Days the invitation code is valid</source>
        <translation>Días de validez del código de invitación</translation>
    </message>
    <message>
        <source>Ne&amp;w invitation code</source>
        <translation>Nuevo código de invi&amp;tación</translation>
    </message>
    <message>
        <source>Create an invitation code on the hub</source>
        <translation>Crear un código de invitación en el hub</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Invitation code valid until</source>
        <translation>Código de invitación válido hasta</translation>
    </message>
    <message>
        <source>Read the code to the new member, who joins with &quot;Join with a code&quot; on their Sync page. Read them the project&apos;s fingerprint too, so they know the project is yours:</source>
        <translation>Lea el código al nuevo miembro, que se une con «Unirse con un código» en su página Sincronizar. Léale también la huella digital del proyecto, para que sepa que el proyecto es el suyo:</translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation>Huella digital del proyecto</translation>
    </message>
    <message>
        <source>Join requests waiting:</source>
        <translation>Solicitudes de incorporación pendientes:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Asks to be</source>
        <translation>Pide ser</translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation>Huella digital del dispositivo</translation>
    </message>
    <message>
        <source>Join requests waiting on the hub</source>
        <translation>Solicitudes de incorporación pendientes en el hub</translation>
    </message>
    <message>
        <source>No join request is waiting.</source>
        <translation>No hay ninguna solicitud de incorporación pendiente.</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Fetch the join requests waiting on the hub</source>
        <translation>Obtener las solicitudes de incorporación pendientes en el hub</translation>
    </message>
    <message>
        <source>Chec&amp;k and approve…</source>
        <translation>Revisar &amp;y aprobar…</translation>
    </message>
    <message>
        <source>Approve the selected join request</source>
        <translation>Aprobar la solicitud de incorporación seleccionada</translation>
    </message>
    <message>
        <source>Waiting for the hub</source>
        <translation>Esperando al hub</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>vigia::HubEndpoint</name>
    <message>
        <source>&apos;%1&apos; is not a hub address. Give one such as https://hub.example.org.</source>
        <translation>«%1» no es una dirección de hub. Indique una como https://hub.example.org.</translation>
    </message>
    <message>
        <source>The certificate fingerprint is the certificate&apos;s SHA-256 as 64 hexadecimal digits (0-9, a-f).</source>
        <translation>La huella digital del certificado es el SHA-256 del certificado en 64 dígitos hexadecimales (0-9, a-f).</translation>
    </message>
</context>
<context>
    <name>vigia::HubEnrollment</name>
    <message>
        <source>Send the code&apos;s hash (64 hex digits), the invitation (base64) and expires_in between 60 seconds and 30 days.</source>
        <translation>Envíe el hash del código (64 dígitos hexadecimales), la invitación (base64) y expires_in entre 60 segundos y 30 días.</translation>
    </message>
    <message>
        <source>The invitation is not signed by this project&apos;s key.</source>
        <translation>La invitación no está firmada con la clave de este proyecto.</translation>
    </message>
    <message>
        <source>Send the invitation code as the coordinator gave it.</source>
        <translation>Envíe el código de invitación tal como se lo dio la persona que coordina.</translation>
    </message>
    <message>
        <source>This invitation code is unknown, was already used or has expired. Ask the coordinator for a new one.</source>
        <translation>Este código de invitación es desconocido, ya se usó o expiró. Pida uno nuevo a la persona que coordina.</translation>
    </message>
    <message>
        <source>Send the enrollment token from the redeemed code and this device&apos;s signed join request (base64).</source>
        <translation>Envíe el token de inscripción del código canjeado y la solicitud de incorporación firmada de este dispositivo (base64).</translation>
    </message>
    <message>
        <source>The join request is for another project.</source>
        <translation>La solicitud de incorporación es para otro proyecto.</translation>
    </message>
    <message>
        <source>The enrollment token is unknown, used or expired. Redeem a new invitation code.</source>
        <translation>El token de inscripción es desconocido, ya se usó o expiró. Canjee un nuevo código de invitación.</translation>
    </message>
</context>
<context>
    <name>vigia::HubHttpServer</name>
    <message>
        <source>The body is larger than this route takes.</source>
        <translation>El cuerpo de la solicitud supera lo que admite esta ruta.</translation>
    </message>
    <message>
        <source>The hub could not listen on %1 port %2: the port may be in use or need privileges. Choose another with --listen.</source>
        <translation>El hub no pudo escuchar en %1, puerto %2: puede que el puerto esté en uso o requiera privilegios. Elija otro con --listen.</translation>
    </message>
    <message>
        <source>This libmicrohttpd has no TLS. Leave out the certificate and run the hub behind nginx (packaging/nginx/vigia-hub.conf).</source>
        <translation>Esta libmicrohttpd no tiene TLS. Omita el certificado y ejecute el hub detrás de nginx (packaging/nginx/vigia-hub.conf).</translation>
    </message>
    <message>
        <source>The hub could not start HTTPS on %1 port %2: check that the certificate and key are PEM files that belong together, and that the port is free.</source>
        <translation>El hub no pudo iniciar HTTPS en %1, puerto %2: compruebe que el certificado y la clave sean archivos PEM que se correspondan y que el puerto esté libre.</translation>
    </message>
</context>
<context>
    <name>vigia::HubJoin</name>
    <message>
        <source>&apos;%1&apos; is not an invitation code. A code has 21 letters and digits, often written in groups of four; check it with your coordinator.</source>
        <translation>&apos;%1&apos; no es un código de invitación. Un código tiene 21 letras y dígitos, a menudo escritos en grupos de cuatro; verifíquelo con la persona que coordina.</translation>
    </message>
    <message>
        <source>The hub did not take the code</source>
        <translation>El hub no aceptó el código</translation>
    </message>
    <message>
        <source>The hub handed over an invitation that does not match the code, so nothing was sent and this device joined nothing. Tell your coordinator: the hub may not be the project&apos;s.</source>
        <translation>El hub entregó una invitación que no corresponde al código, así que no se envió nada y este dispositivo no se unió a nada. Avise a la coordinación: puede que el hub no sea el del proyecto.</translation>
    </message>
    <message>
        <source>The hub did not take the join request</source>
        <translation>El hub no aceptó la solicitud de incorporación</translation>
    </message>
</context>
<context>
    <name>vigia::HubJson</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>El cuerpo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s device of the project may do this.</source>
        <translation>Solo un dispositivo de coordinación del proyecto puede hacer esto.</translation>
    </message>
    <message>
        <source>&apos;after&apos; is a sequence number and &apos;limit&apos; between 1 and %1.</source>
        <translation>&apos;after&apos; es un número de secuencia y &apos;limit&apos; está entre 1 y %1.</translation>
    </message>
</context>
<context>
    <name>vigia::HubProjectAdmin</name>
    <message>
        <source>The hub did not register the project</source>
        <translation>El hub no registró el proyecto</translation>
    </message>
    <message>
        <source>The hub did not keep the invitation</source>
        <translation>El hub no guardó la invitación</translation>
    </message>
    <message>
        <source>The hub did not list the join requests</source>
        <translation>El hub no listó las solicitudes de incorporación</translation>
    </message>
    <message>
        <source>No join request of device %1 is waiting on the hub. List them with &apos;vigiactl project requests list&apos;.</source>
        <translation>No hay ninguna solicitud de incorporación del dispositivo %1 esperando en el hub. Véalas con &apos;vigiactl project requests list&apos;.</translation>
    </message>
    <message>
        <source>Approved on this device, but the hub did not take the new manifest yet; the next sync sends it</source>
        <translation>Aprobado en este dispositivo, pero el hub aún no aceptó el nuevo manifiesto; la próxima sincronización lo envía</translation>
    </message>
</context>
<context>
    <name>vigia::HubReceipts</name>
    <message>
        <source>The receipt must be signed by this session&apos;s device, for this project.</source>
        <translation>El acuse de recibo debe estar firmado por el dispositivo de esta sesión, para este proyecto.</translation>
    </message>
</context>
<context>
    <name>vigia::HubService</name>
    <message>
        <source>This route does not take that method.</source>
        <translation>Esta ruta no admite ese método.</translation>
    </message>
    <message>
        <source>There is no such route. The API is described in docs/hub-api.md.</source>
        <translation>Esa ruta no existe. La API se describe en docs/hub-api.md.</translation>
    </message>
    <message>
        <source>The body is larger than this route takes (%1 bytes at most).</source>
        <translation>El cuerpo de la solicitud supera lo que admite esta ruta (%1 bytes como máximo).</translation>
    </message>
    <message>
        <source>There is no such route.</source>
        <translation>Esa ruta no existe.</translation>
    </message>
    <message>
        <source>Send the one-time token from &apos;vigia-hub project create&apos; and the project&apos;s first manifest (base64).</source>
        <translation>Envíe el token de un solo uso de &apos;vigia-hub project create&apos; y el primer manifiesto del proyecto (base64).</translation>
    </message>
    <message>
        <source>This project token is unknown or was already used. Ask the hub&apos;s administrator for a new one.</source>
        <translation>Este token de proyecto es desconocido o ya se usó. Pida uno nuevo a la administración del hub.</translation>
    </message>
    <message>
        <source>This hub does not serve that project.</source>
        <translation>Este hub no atiende ese proyecto.</translation>
    </message>
    <message>
        <source>The hub already holds manifest version %1; only a higher version replaces it.</source>
        <translation>El hub ya tiene la versión %1 del manifiesto; solo una versión superior lo reemplaza.</translation>
    </message>
    <message>
        <source>Another manifest was stored at the same time. Fetch the newest and try again.</source>
        <translation>Se guardó otro manifiesto al mismo tiempo. Obtenga el más reciente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Name the device as 32 lower-case hex digits.</source>
        <translation>Indique el dispositivo con 32 dígitos hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>This device is not an approved device of the project.</source>
        <translation>Este dispositivo no es un dispositivo aprobado del proyecto.</translation>
    </message>
    <message>
        <source>Send the device, the challenge&apos;s nonce and the device&apos;s signature.</source>
        <translation>Envíe el dispositivo, el nonce del desafío y la firma del dispositivo.</translation>
    </message>
    <message>
        <source>The signature does not match the device&apos;s key for this hub and challenge.</source>
        <translation>La firma no coincide con la clave del dispositivo para este hub y este desafío.</translation>
    </message>
    <message>
        <source>This challenge is unknown, expired or already used. Ask for a new one.</source>
        <translation>Este desafío es desconocido, expiró o ya se usó. Solicite uno nuevo.</translation>
    </message>
    <message>
        <source>The hub holds no such bundle in this project.</source>
        <translation>El hub no tiene ese paquete en este proyecto.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device.</source>
        <translation>Este paquete no está dirigido a este dispositivo.</translation>
    </message>
    <message>
        <source>The range is outside the bundle.</source>
        <translation>El rango está fuera del paquete.</translation>
    </message>
    <message numerus="yes">
        <source>This device sent more requests than the hub takes in a minute. Try again in %n second(s).</source>
        <translation>
            <numerusform>Este dispositivo envió más solicitudes de las que el hub acepta en un minuto. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Este dispositivo envió más solicitudes de las que el hub acepta en un minuto. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::HubSyncPanel</name>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronización con el hub</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>El reloj de esta computadora</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincro&amp;nizar ahora</translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation>Sincronizar con el hub ahora</translation>
    </message>
    <message>
        <source>Auto&amp;matic sync</source>
        <translation>Sincronización auto&amp;mática</translation>
    </message>
    <message>
        <source>Sync automatically whenever a connection exists</source>
        <translation>Sincronizar automáticamente siempre que haya conexión</translation>
    </message>
    <message>
        <source>Vigia sends your finalized work and fetches what is addressed to you by itself whenever a connection exists.</source>
        <translation>Vigia envía su trabajo finalizado y trae lo que va dirigido a usted por sí solo siempre que haya conexión.</translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation>Sincronizaciones recientes:</translation>
    </message>
</context>
<context>
    <name>vigia::HubUploads</name>
    <message>
        <source>This hub speaks tus 1.0.0; send &apos;Tus-Resumable: 1.0.0&apos;.</source>
        <translation>Este hub usa tus 1.0.0; envíe &apos;Tus-Resumable: 1.0.0&apos;.</translation>
    </message>
    <message>
        <source>Send the bundle&apos;s size in Upload-Length.</source>
        <translation>Envíe el tamaño del paquete en Upload-Length.</translation>
    </message>
    <message>
        <source>A bundle may have %1 bytes at most.</source>
        <translation>Un paquete puede tener %1 bytes como máximo.</translation>
    </message>
    <message>
        <source>Name the bundle in Upload-Metadata: &apos;bundle&apos; and the base64 of its 64-digit hex id.</source>
        <translation>Indique el paquete en Upload-Metadata: &apos;bundle&apos; y el base64 de su ID hexadecimal de 64 dígitos.</translation>
    </message>
    <message>
        <source>A PATCH carries &apos;Content-Type: application/offset+octet-stream&apos;.</source>
        <translation>Un PATCH lleva el encabezado &apos;Content-Type: application/offset+octet-stream&apos;.</translation>
    </message>
    <message>
        <source>Uploads are created with POST.</source>
        <translation>Las subidas se crean con POST.</translation>
    </message>
    <message>
        <source>An upload takes HEAD, PATCH or DELETE.</source>
        <translation>Una subida admite HEAD, PATCH o DELETE.</translation>
    </message>
    <message>
        <source>This bundle is already being uploaded with another length.</source>
        <translation>Este paquete ya se está subiendo con otra longitud.</translation>
    </message>
    <message>
        <source>Another request is writing this upload. Try again shortly.</source>
        <translation>Otra solicitud está escribiendo esta subida. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>There is no such upload; it may have expired. Start it again.</source>
        <translation>Esa subida no existe; puede que haya expirado. Iníciela de nuevo.</translation>
    </message>
    <message>
        <source>The hub holds %1 bytes of this upload; continue from there (HEAD tells the offset).</source>
        <translation>El hub tiene %1 bytes de esta subida; continúe desde ahí (HEAD indica el desplazamiento).</translation>
    </message>
    <message>
        <source>The body goes past the upload&apos;s length.</source>
        <translation>El cuerpo de la solicitud excede la longitud de la subida.</translation>
    </message>
    <message>
        <source>Upload-Checksum takes sha1 or sha256.</source>
        <translation>Upload-Checksum admite sha1 o sha256.</translation>
    </message>
    <message>
        <source>The body does not match its checksum; send it again.</source>
        <translation>El cuerpo no coincide con su suma de comprobación; envíelo de nuevo.</translation>
    </message>
    <message>
        <source>The upload&apos;s bytes do not add up to its length.</source>
        <translation>Los bytes de la subida no completan su longitud.</translation>
    </message>
    <message>
        <source>The bundle&apos;s id is not the one named when the upload began.</source>
        <translation>El ID del paquete no es el que se indicó al comenzar la subida.</translation>
    </message>
    <message>
        <source>This bundle belongs to another project.</source>
        <translation>Este paquete pertenece a otro proyecto.</translation>
    </message>
    <message>
        <source>This bundle was made by another device than the one uploading it.</source>
        <translation>Este paquete lo creó un dispositivo distinto del que lo está subiendo.</translation>
    </message>
    <message>
        <source>There is no such upload.</source>
        <translation>Esa subida no existe.</translation>
    </message>
    <message>
        <source>Another request is completing this upload. Try again shortly.</source>
        <translation>Otra solicitud está completando esta subida. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>This device has %1 uploads in progress, the most this hub allows. Finish some of them, or DELETE those it no longer needs, before starting another.</source>
        <translation>Este dispositivo tiene %1 subidas en curso, el máximo que permite este hub. Termine algunas o elimine con DELETE las que ya no necesite antes de iniciar otra.</translation>
    </message>
</context>
<context>
    <name>vigia::IdentityCommands</name>
    <message>
        <source>Device id:</source>
        <translation>ID del dispositivo:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <source>&apos;init&apos; needs a name for this device, for example: vigiactl init --name &quot;Ana - laptop&quot;.</source>
        <translation>&apos;init&apos; necesita un nombre para este dispositivo, por ejemplo: vigiactl init --name &quot;Ana - laptop&quot;.</translation>
    </message>
    <message>
        <source>A workspace already exists in %1; nothing was changed. Use it (e.g. &apos;vigiactl identity show&apos;), or choose another folder with --workspace DIR.</source>
        <translation>Ya existe un espacio de trabajo en %1; no se cambió nada. Úselo (p. ej., &apos;vigiactl identity show&apos;) o elija otra carpeta con --workspace DIR.</translation>
    </message>
    <message>
        <source>warning: VIGIA_INSECURE_TEST_KDF=1 is set, so the passphrase protection of this workspace is weak. Use it for tests only.</source>
        <translation>advertencia: VIGIA_INSECURE_TEST_KDF=1 está definida, por lo que la protección por frase de contraseña de este espacio de trabajo es débil. Úselo solo para pruebas.</translation>
    </message>
    <message>
        <source>Created a workspace in %1. Keep the passphrase safe: without it nobody can open this workspace.</source>
        <translation>Se creó un espacio de trabajo en %1. Guarde la frase de contraseña en un lugar seguro: sin ella, nadie puede abrir este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess; nothing was created. Add a few unrelated words: four or more are easy to remember and hard to guess.</source>
        <translation>La frase de contraseña es demasiado fácil de adivinar; no se creó nada. Añada algunas palabras sin relación entre sí: cuatro o más son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
</context>
<context>
    <name>vigia::ImportFormDialog</name>
    <message>
        <source>Choose a form file</source>
        <translation>Elija un archivo de formulario</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx);;Form definitions (*.json);;All files (*)</source>
        <translation>Libros XLSForm (*.xlsx);;Definiciones de formulario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder of the choice files</source>
        <translation>Elegir la carpeta de los archivos de opciones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unchanged: the form %1, version %2, is already in this workspace exactly as in this file, so nothing was imported.</source>
        <translation>Sin cambios: el formulario %1, versión %2, ya está en este espacio de trabajo tal como en este archivo, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Imported the form %1 as version %2. The workbook sets no version, so the version comes from the form&apos;s content; to number versions yourself, add a version column to its settings sheet.</source>
        <translation>Se importó el formulario %1 como versión %2. El libro no fija ninguna versión, así que la versión sale del contenido del formulario; para numerar usted las versiones, agregue una columna version a su hoja settings.</translation>
    </message>
    <message>
        <source>Imported the form %1, version %2.</source>
        <translation>Se importó el formulario %1, versión %2.</translation>
    </message>
    <message>
        <source>It reaches the project&apos;s members once you publish it on the Forms tab of the Sync page.</source>
        <translation>Llegará a los miembros del proyecto cuando usted lo publique en la pestaña Formularios de la página Sincronización.</translation>
    </message>
    <message>
        <source>The form was not imported, and nothing in the workspace changed. Correct the file as each line below says, then import it again.</source>
        <translation>El formulario no se importó y nada cambió en el espacio de trabajo. Corrija el archivo como indica cada línea de abajo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Import a form</source>
        <translation>Importar un formulario</translation>
    </message>
    <message>
        <source>Choose an XLSForm workbook (.xlsx), as made for ODK, KoboToolbox or Ona, or a Vigia form definition (.json). The same file imported again changes nothing; a changed form comes in as a new version beside the old one.</source>
        <translation>Elija un libro XLSForm (.xlsx), como los que se hacen para ODK, KoboToolbox u Ona, o una definición de formulario de Vigia (.json). El mismo archivo importado otra vez no cambia nada; un formulario modificado entra como una versión nueva junto a la anterior.</translation>
    </message>
    <message>
        <source>&amp;Form file:</source>
        <translation>Archivo de &amp;formulario:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the form file</source>
        <translation>Elegir el archivo de formulario</translation>
    </message>
    <message>
        <source>Folder of &amp;choice files:</source>
        <translation>Carpeta de archivos de &amp;opciones:</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Warnings and problems of the import</source>
        <translation>Advertencias y problemas de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Only for forms whose select_one_from_file rows read their choices from CSV or XML files: the folder that holds those files.</source>
        <translation>Solo para formularios cuyas filas select_one_from_file leen sus opciones de archivos CSV o XML: la carpeta que contiene esos archivos.</translation>
    </message>
    <message>
        <source>This form reads choices from %1. They are read from this folder, which starts as the workbook&apos;s own; leave it empty to import the form without them (those questions are then not asked).</source>
        <translation>Este formulario lee opciones de %1. Se leen de esta carpeta, que al principio es la del libro; déjela vacía para importar el formulario sin ellos (esas preguntas no se harán entonces).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
</context>
<context>
    <name>vigia::Inbox</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>al leer la bandeja de entrada</translation>
    </message>
    <message>
        <source>The sender %1 is not approved in this project.</source>
        <translation>El remitente %1 no está aprobado en este proyecto.</translation>
    </message>
    <message>
        <source>Approve the device (a manifest that lists it); the bundle is then imported automatically.</source>
        <translation>Apruebe el dispositivo (un manifiesto que lo incluya); el paquete se importa entonces automáticamente.</translation>
    </message>
    <message>
        <source>It was deleted from the quarantine.</source>
        <translation>Se eliminó de la cuarentena.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of device %1 wait for its changes %2 to %3, which have not arrived.</source>
        <translation>
            <numerusform>%n cambio del dispositivo %1 espera sus cambios %2 a %3, que no han llegado.</numerusform>
            <numerusform>%n cambios del dispositivo %1 esperan sus cambios %2 a %3, que no han llegado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundle of device %1 that carries its changes %2 to %3 (ask for it again if it was lost); these changes are then applied.</source>
        <translation>Importe el paquete del dispositivo %1 que contiene sus cambios %2 a %3 (pídalo de nuevo si se perdió); entonces se aplican estos cambios.</translation>
    </message>
    <message>
        <source>reading the records of a bundle</source>
        <translation>al leer los registros de un paquete</translation>
    </message>
</context>
<context>
    <name>vigia::InboxCommands</name>
    <message>
        <source>List the bundles this device received and what became of each.</source>
        <translation>Lista los paquetes que recibió este dispositivo y qué pasó con cada uno.</translation>
    </message>
    <message>
        <source>Lists every bundle received, from a file or the hub, newest first: its sender (name and the first group of its fingerprint), when it was written and received, where it came from, its numbers of changes and records, and its state: applied, already-applied, quarantined (with why and what would release it) or refused (with why).</source>
        <translation>Lista cada paquete recibido, de un archivo o del hub, del más reciente al más antiguo: su remitente (nombre y el primer grupo de su huella digital), cuándo se escribió y se recibió, de dónde vino, sus cantidades de cambios y registros, y su estado: applied, already-applied, quarantined (con el motivo y lo que lo liberaría) o refused (con el motivo).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the bundles of this device: its id, the start of it, or its name.</source>
        <translation>Solo los paquetes de este dispositivo: su id, el comienzo de su id o su nombre.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Only bundles in this state: applied, already-applied, quarantined or refused.</source>
        <translation>Solo los paquetes en este estado: applied, already-applied, quarantined o refused.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>ya aplicado</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state: give applied, already-applied, quarantined or refused.</source>
        <translation>&apos;%1&apos; no es un estado: indique applied, already-applied, quarantined o refused.</translation>
    </message>
    <message>
        <source>records unknown</source>
        <translation>registros desconocidos</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  from %3  written %4  received %5  via %6  %7, %8</source>
        <translation>%1  %2  de %3  escrito %4  recibido %5  vía %6  %7, %8</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>    why: %1</source>
        <translation>    motivo: %1</translation>
    </message>
    <message>
        <source>    to release it: %1</source>
        <translation>    para liberarlo: %1</translation>
    </message>
    <message>
        <source>No bundle was received.</source>
        <translation>No se recibió ningún paquete.</translation>
    </message>
    <message>
        <source>[--device ID] [--state STATE] [--country CC]</source>
        <translation>[--device ID] [--state STATE] [--country CC]</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Only the bundles that changed a record of country CC, e.g. BR.</source>
        <translation>Solo los paquetes que cambiaron un registro del país CC, p. ej., BR.</translation>
    </message>
</context>
<context>
    <name>vigia::InboxLog</name>
    <message>
        <source>recording which bundle brought each change</source>
        <translation>al registrar qué paquete trajo cada cambio</translation>
    </message>
    <message>
        <source>recording a received bundle</source>
        <translation>al registrar un paquete recibido</translation>
    </message>
</context>
<context>
    <name>vigia::InboxView</name>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation>Ya aplicado</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Todos los dispositivos</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>No bundle received matches these filters.</source>
        <translation>Ningún paquete recibido coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Bundle %1 from %2</source>
        <translation>Paquete %1 de %2</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>What would release it: %1</source>
        <translation>Qué lo liberaría: %1</translation>
    </message>
    <message>
        <source>Records changed by this bundle</source>
        <translation>Registros cambiados por este paquete</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed by this bundle:</source>
        <translation>
            <numerusform>%n registro cambiado por este paquete:</numerusform>
            <numerusform>%n registros cambiados por este paquete:</numerusform>
        </translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation>Abrir registros…</translation>
    </message>
    <message>
        <source>The records the selected bundle changed</source>
        <translation>Los registros que cambió el paquete seleccionado</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
</context>
<context>
    <name>vigia::IndexableFields</name>
    <message>
        <source>reading the sensitive fields</source>
        <translation>leer los campos sensibles</translation>
    </message>
</context>
<context>
    <name>vigia::Invitation</name>
    <message>
        <source>The invitation is damaged or malformed. Ask the coordinator for a new one.</source>
        <translation>La invitación está dañada o mal formada. Pida una nueva a la coordinación.</translation>
    </message>
</context>
<context>
    <name>vigia::JoinByCodeDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>This device joined the project %1, but its request did not reach the hub. Close this window and give your coordinator the request on a USB stick (step 2 of the Sync page).</source>
        <translation>Este dispositivo se unió al proyecto %1, pero su solicitud no llegó al hub. Cierre esta ventana y entregue la solicitud en una memoria USB a la persona que coordina (paso 2 de la página Sincronizar).</translation>
    </message>
    <message>
        <source>Joined the project %1.</source>
        <translation>Se unió al proyecto %1.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando al hub…</translation>
    </message>
    <message>
        <source>Join a project with a code</source>
        <translation>Unirse a un proyecto con un código</translation>
    </message>
    <message>
        <source>Type the address of your project&apos;s hub and the invitation code your coordinator reads to you. Capitals, spaces and dashes in the code do not matter.</source>
        <translation>Escriba la dirección del hub de su proyecto y el código de invitación que le lee la persona que coordina. Las mayúsculas, los espacios y los guiones del código no importan.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del hub:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>Invitation &amp;code:</source>
        <translation>&amp;Código de invitación:</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>&amp;Self-hosted hub (optional)</source>
        <translation>Hub &amp;propio (opcional)</translation>
    </message>
    <message>
        <source>Show the certificate fingerprint of a self-hosted hub</source>
        <translation>Mostrar la huella digital del certificado de un hub propio</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Huella digital del certificado:</translation>
    </message>
    <message>
        <source>Certificate fingerprint of the hub (optional)</source>
        <translation>Huella digital del certificado del hub (opcional)</translation>
    </message>
    <message>
        <source>Only for a hub with a certificate of its own: the 64 characters its administrator gave you. Leave it empty otherwise.</source>
        <translation>Solo para un hub con un certificado propio: los 64 caracteres que le dio quien lo administra. Si no, déjelo vacío.</translation>
    </message>
    <message>
        <source>Waiting for the hub</source>
        <translation>Esperando al hub</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Project joined</source>
        <translation>Se unió al proyecto</translation>
    </message>
    <message>
        <source>Read this device&apos;s fingerprint to your coordinator:</source>
        <translation>Lea la huella digital de este dispositivo a la persona que coordina:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Huella digital de este dispositivo</translation>
    </message>
    <message>
        <source>Once your coordinator approves this device, the approval arrives by itself with the next sync: nothing else to do here.</source>
        <translation>Cuando la coordinación apruebe este dispositivo, la aprobación llegará sola con la próxima sincronización: no hay nada más que hacer aquí.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Lo que sigue</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Join the project with this code</source>
        <translation>Unirse al proyecto con este código</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not join</source>
        <translation>No unirse</translation>
    </message>
</context>
<context>
    <name>vigia::JoinRequest</name>
    <message>
        <source>The join request is damaged or malformed. Ask the device&apos;s owner to write a new one.</source>
        <translation>La solicitud de incorporación está dañada o mal formada. Pida a la persona responsable del dispositivo que escriba una nueva.</translation>
    </message>
</context>
<context>
    <name>vigia::JoinRequestDialog</name>
    <message>
        <source>Approve join request</source>
        <translation>Aprobar solicitud de incorporación</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Investigador/a</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation>Huella digital del dispositivo</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Call the person who sent this request and ask them to read their device&apos;s fingerprint aloud (their Sync page shows it). Approve only if every group matches: anyone can write a request file.</source>
        <translation>Llame a la persona que envió esta solicitud y pídale que le lea en voz alta la huella digital del dispositivo de esa persona (la muestra la página Sincronización de ese dispositivo). Apruebe solo si todos los grupos coinciden: cualquiera puede escribir un archivo de solicitud.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve the device</source>
        <translation>Aprobar el dispositivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Role the device asks for</source>
        <translation>Rol que pide el dispositivo</translation>
    </message>
    <message>
        <source>Asks to be:</source>
        <translation>Pide ser:</translation>
    </message>
    <message>
        <source>&amp;Researcher: sends findings, receives the codebook</source>
        <translation>&amp;Investigador/a: envía hallazgos, recibe el libro de códigos</translation>
    </message>
    <message>
        <source>C&amp;oordinator: receives all data of the project</source>
        <translation>C&amp;oordinador/a: recibe todos los datos del proyecto</translation>
    </message>
    <message>
        <source>Approve as:</source>
        <translation>Aprobar como:</translation>
    </message>
    <message>
        <source>This device will receive every researcher&apos;s findings, including names of places and quotes. Choose Coordinator only for a national coordinator&apos;s or the observatory&apos;s own computer.</source>
        <translation>Este dispositivo recibirá los hallazgos de todo el equipo de investigación, incluidos nombres de lugares y citas. Elija Coordinador/a solo para la computadora de una coordinación nacional o del propio observatorio.</translation>
    </message>
</context>
<context>
    <name>vigia::KeyStore</name>
    <message>
        <source>The keystore file %1 is damaged or is not a Vigia keystore. Restore it from a backup.</source>
        <translation>El archivo del almacén de claves %1 está dañado o no es un almacén de claves de Vigia. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Frase de contraseña incorrecta. Compruebe la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised. Reinstall Vigia; if the problem persists, report it.</source>
        <translation>No se pudo inicializar la biblioteca criptográfica. Reinstale Vigia; si el problema persiste, infórmelo.</translation>
    </message>
    <message>
        <source>Not enough protected memory for the keys. Close other programs and try again.</source>
        <translation>No hay suficiente memoria protegida para las claves. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not write the keystore file %1 (%2). Check that the folder exists, is writable and that the disk is not full.</source>
        <translation>No se pudo escribir el archivo del almacén de claves %1 (%2). Compruebe que la carpeta exista, que tenga permiso de escritura y que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>A keystore already exists at %1 and was left untouched. Vigia never overwrites a device identity; move that file away first if you really want a new one.</source>
        <translation>Ya existe un almacén de claves en %1 y no se modificó. Vigia nunca sobrescribe una identidad de dispositivo; si realmente quiere una nueva, primero mueva ese archivo a otro lugar.</translation>
    </message>
    <message>
        <source>The passphrase is empty. Choose a passphrase to protect the keys.</source>
        <translation>La frase de contraseña está vacía. Elija una frase de contraseña para proteger las claves.</translation>
    </message>
    <message>
        <source>The key derivation settings are out of range. Use the default settings.</source>
        <translation>Los parámetros de derivación de claves están fuera de rango. Use los parámetros predeterminados.</translation>
    </message>
    <message>
        <source>The keystore file %1 was written by a newer version of Vigia. Update Vigia to open it.</source>
        <translation>El archivo del almacén de claves %1 fue escrito por una versión más reciente de Vigia. Actualice Vigia para abrirlo.</translation>
    </message>
    <message>
        <source>Could not read the keystore file %1 (%2). Check that your user may read it.</source>
        <translation>No se pudo leer el archivo del almacén de claves %1 (%2). Compruebe que su cuenta en esta computadora tenga permiso de lectura.</translation>
    </message>
    <message>
        <source>There is no keystore file at %1. Check the workspace folder, or set up this device first.</source>
        <translation>No hay ningún archivo de almacén de claves en %1. Compruebe la carpeta del espacio de trabajo o configure primero este dispositivo.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase. Close other programs and try again.</source>
        <translation>No hay suficiente memoria para derivar la clave a partir de la frase de contraseña. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The device keys are incomplete or do not belong together. Generate new keys and try again.</source>
        <translation>Las claves del dispositivo están incompletas o no corresponden entre sí. Genere claves nuevas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The public information may not contain the reserved field &quot;%1&quot;. Rename that field.</source>
        <translation>La información pública no puede contener el campo reservado &quot;%1&quot;. Cambie el nombre de ese campo.</translation>
    </message>
    <message>
        <source>The keystore file %1 was created by a test build of Vigia with key-derivation settings that cannot protect real data, so this version refuses to open it. Create a new workspace, and never keep real data in one made by a test build.</source>
        <translation>El archivo del almacén de claves %1 fue creado por una compilación de pruebas de Vigia con parámetros de derivación de claves que no pueden proteger datos reales, por lo que esta versión se niega a abrirlo. Cree un nuevo espacio de trabajo y nunca guarde datos reales en uno creado por una compilación de pruebas.</translation>
    </message>
    <message>
        <source>These key-derivation settings are for tests only and cannot protect real data, so this version of Vigia does not use them. Use the default settings.</source>
        <translation>Estos parámetros de derivación de claves son solo para pruebas y no pueden proteger datos reales, por lo que esta versión de Vigia no los usa. Use los parámetros predeterminados.</translation>
    </message>
    <message>
        <source>A store key has 32 bytes.</source>
        <translation>Una clave de almacén de datos tiene 32 bytes.</translation>
    </message>
    <message>
        <source>The keystore file %1 holds no key of the store yet. Open the workspace once, then try again.</source>
        <translation>El archivo del almacén de claves %1 todavía no contiene ninguna clave del almacén de datos. Abra el espacio de trabajo una vez y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A change of the store&apos;s key in %1 is not finished. Open the workspace once to finish it, then try again.</source>
        <translation>Un cambio de la clave del almacén en %1 no terminó. Abra el espacio de trabajo una vez para terminarlo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The store&apos;s key in %1 was changed by another program meanwhile. Close every program using the workspace, then open it again.</source>
        <translation>Otro programa cambió mientras tanto la clave del almacén en %1. Cierre todos los programas que usen el espacio de trabajo y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>vigia::LockScreen</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Vigia stays locked.</source>
        <translation>Esa frase de contraseña no es correcta. Vigia sigue bloqueado.</translation>
    </message>
    <message>
        <source>Vigia is locked</source>
        <translation>Vigia está bloqueado</translation>
    </message>
    <message>
        <source>Type your passphrase to continue.</source>
        <translation>Escriba su frase de contraseña para continuar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>vigia::MainWindow</name>
    <message>
        <source>Vigia</source>
        <translation>Vigia</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Locked · %1</source>
        <translation>Bloqueado · %1</translation>
    </message>
    <message>
        <source>Unlocked · %1</source>
        <translation>Desbloqueado · %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <source>%1 — Vigia</source>
        <translation>%1 — Vigia</translation>
    </message>
    <message>
        <source>Auto-lock reset</source>
        <translation>Bloqueo automático restablecido</translation>
    </message>
    <message>
        <source>The auto-lock setting was changed outside Vigia and has been reset to %1 minutes.</source>
        <translation>La configuración del bloqueo automático se cambió fuera de Vigia y se restableció a %1 minutos.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>When Vigia locked, the record you were editing could not be saved: %1

What you typed just before the lock may be missing. Open the record and check it.</source>
        <translation>Cuando Vigia se bloqueó, no se pudo guardar el registro que usted estaba editando: %1

Puede faltar lo que usted escribió justo antes del bloqueo. Abra el registro y revíselo.</translation>
    </message>
    <message>
        <source>Quit Vigia</source>
        <translation>Salir de Vigia</translation>
    </message>
    <message>
        <source>%1

Quit anyway and lose what you typed since the last save?</source>
        <translation>%1

¿Salir de todos modos y perder lo que escribió desde la última vez que se guardó?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Lock Vigia now: %1</source>
        <translation>Bloquear Vigia ahora: %1</translation>
    </message>
    <message>
        <source>Store key not changed</source>
        <translation>No se cambió la clave del almacén</translation>
    </message>
    <message>
        <source>A transfer of changes is still running. Change the store key once it is done.</source>
        <translation>Todavía hay una transferencia de cambios en curso. Cambie la clave del almacén cuando termine.</translation>
    </message>
    <message>
        <source>The record you are editing could not be saved: %1

The store key was not changed. Save the record, then try again.</source>
        <translation>No se pudo guardar el registro que usted está editando: %1

No se cambió la clave del almacén. Guarde el registro y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Changing the store key</source>
        <translation>Cambiando la clave del almacén</translation>
    </message>
    <message>
        <source>Copying the records under the new key. Vigia opens them again when it is done; keep the computer on.</source>
        <translation>Copiando los registros con la nueva clave. Vigia vuelve a abrirlos cuando termina; mantenga la computadora encendida.</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Clave del almacén</translation>
    </message>
    <message>
        <source>%1

Unlock Vigia to open the store again.</source>
        <translation>%1

Desbloquee Vigia para volver a abrir el almacén de datos.</translation>
    </message>
    <message>
        <source>Store key changed</source>
        <translation>Clave del almacén cambiada</translation>
    </message>
    <message>
        <source>The store has a new key, and the old one no longer opens it. Every record was kept.</source>
        <translation>El almacén de datos tiene una nueva clave, y la anterior ya no lo abre. Se conservaron todos los registros.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Abrir un archivo</translation>
    </message>
    <message>
        <source>Vigia opens bundles (.vigiabundle), invitations (.vigiainvite) and approvals (.vigiamanifest); %1 is none of these.</source>
        <translation>Vigia abre paquetes (.vigiabundle), invitaciones (.vigiainvite) y aprobaciones (.vigiamanifest); %1 no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>&amp;About Vigia</source>
        <translation>A&amp;cerca de Vigia</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Export records…</source>
        <translation>&amp;Exportar registros…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Importar XLSForm…</translation>
    </message>
    <message>
        <source>%1 — %2 — Vigia</source>
        <translation>%1 — %2 — Vigia</translation>
    </message>
    <message>
        <source>Project not changed</source>
        <translation>No se cambió de proyecto</translation>
    </message>
    <message>
        <source>A transfer or an export is still running. Choose the other project once it is done.</source>
        <translation>Todavía hay una transferencia o una exportación en curso. Elija el otro proyecto cuando termine.</translation>
    </message>
    <message>
        <source>The record you are editing could not be saved: %1

Save the record, then choose the other project again.</source>
        <translation>No se pudo guardar el registro que usted está editando: %1

Guarde el registro y luego elija de nuevo el otro proyecto.</translation>
    </message>
</context>
<context>
    <name>vigia::Migrations</name>
    <message>
        <source>The store %1 was written by a newer version of Vigia (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>El almacén de datos %1 fue escrito por una versión más reciente de Vigia (esquema %2; esta versión admite hasta el %3). Instale la versión más reciente para abrirlo.</translation>
    </message>
</context>
<context>
    <name>vigia::MultiChoiceField</name>
    <message>
        <source>Type to filter the choices</source>
        <translation>Escriba para filtrar las opciones</translation>
    </message>
    <message>
        <source>Filter the choices of %1</source>
        <translation>Filtrar las opciones de %1</translation>
    </message>
</context>
<context>
    <name>vigia::NeedsChangesLabel</name>
    <message numerus="yes">
        <source>⚑ %n of your records need(s) changes</source>
        <translation>
            <numerusform>⚑ %n registro suyo necesita cambios</numerusform>
            <numerusform>⚑ %n registros suyos necesitan cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>A coordinator asked for changes: filter the records by review state &quot;Needs changes&quot;, edit them and finalize them again.</source>
        <translation>Una persona coordinadora pidió cambios: filtre los registros por el estado de revisión &quot;Necesita cambios&quot;, edítelos y vuelva a finalizarlos.</translation>
    </message>
</context>
<context>
    <name>vigia::NewPassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>for example: four unrelated words together</source>
        <translation>por ejemplo: cuatro palabras sin relación entre sí, juntas</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases no coinciden. Escriba la misma frase de contraseña dos veces.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess, so it cannot be used.</source>
        <translation>Esta frase de contraseña es demasiado fácil de adivinar, así que no se puede usar.</translation>
    </message>
</context>
<context>
    <name>vigia::NpaStatusText</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>vigia::Op</name>
    <message>
        <source>A change in this data is malformed (%1). The data was not applied; ask the sender to export it again.</source>
        <translation>Un cambio de estos datos está mal formado (%1). Los datos no se aplicaron; pida a quien los envió que los exporte de nuevo.</translation>
    </message>
    <message>
        <source>device id is not 16 bytes</source>
        <translation>el ID del dispositivo no tiene 16 bytes</translation>
    </message>
    <message>
        <source>row id is not 16 bytes</source>
        <translation>el ID de la fila no tiene 16 bytes</translation>
    </message>
    <message>
        <source>previous hash is not 32 bytes</source>
        <translation>el hash anterior no tiene 32 bytes</translation>
    </message>
    <message>
        <source>counter is zero</source>
        <translation>el contador es cero</translation>
    </message>
    <message>
        <source>entity or field is empty</source>
        <translation>la entidad o el campo están vacíos</translation>
    </message>
    <message>
        <source>its time is not after the value it replaced</source>
        <translation>su hora no es posterior a la del valor que reemplazó</translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation>falta el valor</translation>
    </message>
    <message>
        <source>not a CBOR array</source>
        <translation>no es un arreglo CBOR</translation>
    </message>
    <message>
        <source>wrong number of elements</source>
        <translation>número de elementos incorrecto</translation>
    </message>
    <message>
        <source>an element has the wrong type</source>
        <translation>un elemento tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation>no está en forma canónica</translation>
    </message>
    <message>
        <source>value digest is not 32 bytes</source>
        <translation>el resumen del valor no tiene 32 bytes</translation>
    </message>
    <message>
        <source>a kept hash without a removed value</source>
        <translation>un hash conservado sin un valor eliminado</translation>
    </message>
    <message>
        <source>a removed value without its digest</source>
        <translation>un valor eliminado sin su resumen</translation>
    </message>
    <message>
        <source>the value does not match its digest</source>
        <translation>el valor no coincide con su resumen</translation>
    </message>
</context>
<context>
    <name>vigia::OpLog</name>
    <message>
        <source>writing the change log</source>
        <translation>escribir el registro de cambios</translation>
    </message>
    <message>
        <source>There is no value of &quot;%1&quot; to remove.</source>
        <translation>No hay ningún valor de &quot;%1&quot; que eliminar.</translation>
    </message>
</context>
<context>
    <name>vigia::OpValueText</name>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>vigia::OplogCommands</name>
    <message>
        <source>The change log is intact.</source>
        <translation>El registro de cambios está íntegro.</translation>
    </message>
    <message numerus="yes">
        <source>The change log has %n problem(s), listed in the output. Do not share or sync this workspace; ask your coordinator for help.</source>
        <translation>
            <numerusform>El registro de cambios tiene %n problema, indicado en la salida. No comparta ni sincronice este espacio de trabajo; pida ayuda a la persona que coordina.</numerusform>
            <numerusform>El registro de cambios tiene %n problemas, indicados en la salida. No comparta ni sincronice este espacio de trabajo; pida ayuda a la persona que coordina.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::Outbox</name>
    <message>
        <source>counting the changes not yet sent</source>
        <translation>contar los cambios aún no enviados</translation>
    </message>
    <message>
        <source>reading the changes to send</source>
        <translation>leer los cambios que se van a enviar</translation>
    </message>
    <message>
        <source>recording the exported changes</source>
        <translation>registrar los cambios exportados</translation>
    </message>
    <message>
        <source>marking changes as received</source>
        <translation>marcar cambios como recibidos</translation>
    </message>
    <message>
        <source>reading the changes already sent</source>
        <translation>leer los cambios ya enviados</translation>
    </message>
</context>
<context>
    <name>vigia::OutboxCountsBox</name>
    <message>
        <source>Your records and codings</source>
        <translation>Sus registros y codificaciones</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Sin exportar todavía</translation>
    </message>
    <message>
        <source>Received by the coordinator</source>
        <translation>Ya en manos de la coordinación</translation>
    </message>
    <message>
        <source>Not yet exported: %1</source>
        <translation>Sin exportar todavía: %1</translation>
    </message>
    <message>
        <source>Received by the coordinator: %1</source>
        <translation>Ya en manos de la coordinación: %1</translation>
    </message>
    <message>
        <source>On their way, waiting for the coordinator&apos;s receipt</source>
        <translation>En camino, a la espera del acuse de recibo de la coordinación</translation>
    </message>
    <message>
        <source>On their way, waiting for the coordinator&apos;s receipt: %1</source>
        <translation>En camino, a la espera del acuse de recibo de la coordinación: %1</translation>
    </message>
</context>
<context>
    <name>vigia::OutboxSummary</name>
    <message>
        <source>counting the records not yet sent</source>
        <translation>contar los registros aún sin enviar</translation>
    </message>
    <message>
        <source>counting the records received by the coordinator</source>
        <translation>contar los registros que ya recibió la coordinación</translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseCommands</name>
    <message>
        <source>[--new-passphrase-file FILE]</source>
        <translation>[--new-passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Change the passphrase that protects this workspace.</source>
        <translation>Cambiar la frase de contraseña que protege este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Asks for the current passphrase and opens the workspace with it, then takes the new one from --new-passphrase-file, VIGIA_NEW_PASSPHRASE or, on a terminal, a prompt (typed twice). The new passphrase must be as hard to guess as &apos;init&apos; requires and differ from the current one. The keystore is rewritten in one step: if anything fails, the current passphrase still opens the workspace.</source>
        <translation>Pide la frase de contraseña actual y abre con ella el espacio de trabajo; luego toma la nueva de --new-passphrase-file, de VIGIA_NEW_PASSPHRASE o, en una terminal, de una solicitud (se escribe dos veces). La nueva frase de contraseña debe ser tan difícil de adivinar como exige &apos;init&apos; y distinta de la actual. El almacén de claves se reescribe en un solo paso: si algo falla, la frase de contraseña actual sigue abriendo el espacio de trabajo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Leer la nueva frase de contraseña de la primera línea de FILE.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess; the passphrase was not changed. Add a few unrelated words: four or more are easy to remember and hard to guess.</source>
        <translation>La nueva frase de contraseña es demasiado fácil de adivinar; la frase de contraseña no se cambió. Añada algunas palabras sin relación entre sí: cuatro o más son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Changed the passphrase of the workspace in %1. From now on only the new passphrase opens it; keep it safe.</source>
        <translation>Se cambió la frase de contraseña del espacio de trabajo en %1. A partir de ahora solo la nueva frase de contraseña lo abre; guárdela en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseSource</name>
    <message>
        <source>This command needs the workspace passphrase. Pass it with --passphrase-file FILE (the passphrase on the first line) or the VIGIA_PASSPHRASE environment variable, or run vigiactl in a terminal to be asked for it.</source>
        <translation>Este comando necesita la frase de contraseña del espacio de trabajo. Indíquela con --passphrase-file FILE (con la frase de contraseña en la primera línea) o con la variable de entorno VIGIA_PASSPHRASE, o ejecute vigiactl en una terminal para que se la solicite.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2. Check its permissions.</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is too large to be a passphrase file. Put only the passphrase in it, on the first line.</source>
        <translation>El archivo %1 es demasiado grande para ser un archivo de frase de contraseña. Escriba en él solo la frase de contraseña, en la primera línea.</translation>
    </message>
    <message>
        <source>The passphrase file %1 starts with an empty line. Put the passphrase on its first line.</source>
        <translation>El archivo de frase de contraseña %1 empieza con una línea vacía. Escriba la frase de contraseña en su primera línea.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nueva frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>Type the passphrase again: </source>
        <translation>Escriba de nuevo la frase de contraseña: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Run the command again and type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Ejecute el comando de nuevo y escriba la misma frase de contraseña dos veces.</translation>
    </message>
    <message>
        <source>Not enough protected memory to hold the passphrase. Close other programs and try again.</source>
        <translation>No hay suficiente memoria protegida para guardar la frase de contraseña. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes. Choose a shorter one.</source>
        <translation>La frase de contraseña tiene más de %1 bytes. Elija una más corta.</translation>
    </message>
    <message>
        <source>This command needs the new passphrase. Pass it with --new-passphrase-file FILE (the passphrase on the first line) or the VIGIA_NEW_PASSPHRASE environment variable, or run vigiactl in a terminal to be asked for it.</source>
        <translation>Este comando necesita la nueva frase de contraseña. Indíquela con --new-passphrase-file FILE (con la frase de contraseña en la primera línea) o con la variable de entorno VIGIA_NEW_PASSPHRASE, o ejecute vigiactl en una terminal para que se la solicite.</translation>
    </message>
    <message>
        <source>Other users of this computer may be able to read the passphrase file %1. Make it private with: chmod 600 %1</source>
        <translation>Otras personas que usan esta computadora podrían leer el archivo de frase de contraseña %1. Hágalo privado con: chmod 600 %1</translation>
    </message>
    <message>
        <source>The passphrase file %1 does not exist. Check the path given to %2.</source>
        <translation>El archivo de frase de contraseña %1 no existe. Compruebe la ruta indicada en %2.</translation>
    </message>
    <message>
        <source>No passphrase was entered. Type it at the prompt, or pass it with %1 FILE or %2.</source>
        <translation>No se ingresó ninguna frase de contraseña. Escríbala cuando se le solicite, o indíquela con %1 FILE o %2.</translation>
    </message>
    <message>
        <source>No passphrase was given. Pass it with %1 FILE or %2.</source>
        <translation>No se indicó ninguna frase de contraseña. Indíquela con %1 FILE o %2.</translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Elija una frase de contraseña: cuatro o más palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Use al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Easy to guess. Add a few unrelated words.</source>
        <translation>Fácil de adivinar. Agregue unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Acceptable. One or two more words would make it strong.</source>
        <translation>Aceptable. Una o dos palabras más la harían fuerte.</translation>
    </message>
    <message>
        <source>Hard to guess. Keep it somewhere safe.</source>
        <translation>Difícil de adivinar. Guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. Several unrelated words work well.</source>
        <translation>Demasiado corta: use al menos %1 caracteres. Varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Weak: this is one of the first passwords anyone would try. Several unrelated words work well.</source>
        <translation>Débil: es una de las primeras contraseñas que cualquiera probaría. Varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Weak: repeated characters and sequences such as &quot;aaaa&quot; or &quot;1234&quot; are easy to guess. Several unrelated words work well.</source>
        <translation>Débil: los caracteres repetidos y las secuencias como &quot;aaaa&quot; o &quot;1234&quot; son fáciles de adivinar. Varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Weak: only one kind of character, and not long enough for that. Add more words, or mix in capitals, digits or symbols.</source>
        <translation>Débil: usa un solo tipo de carácter y no es lo bastante larga para eso. Añada más palabras o combine mayúsculas, dígitos o símbolos.</translation>
    </message>
    <message>
        <source>Weak: not long enough to be hard to guess. Add a few unrelated words.</source>
        <translation>Débil: no es lo bastante larga para ser difícil de adivinar. Añada algunas palabras sin relación entre sí.</translation>
    </message>
</context>
<context>
    <name>vigia::PdfCanvas</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>No se pudo escribir el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::PgHubStore</name>
    <message>
        <source>The hub serves no project with this id; %1 was refused.</source>
        <translation>El hub no atiende ningún proyecto con este ID; no se permitió %1.</translation>
    </message>
    <message>
        <source>The hub holds this already; %1 was refused.</source>
        <translation>El hub ya tiene esto; no se permitió %1.</translation>
    </message>
    <message>
        <source>The values break a rule of the hub&apos;s database; %1 was refused.</source>
        <translation>Los valores incumplen una regla de la base de datos del hub; no se permitió %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is out of disk or memory; %2 failed. Nothing was changed.</source>
        <translation>El servidor PostgreSQL en %1 se quedó sin disco o sin memoria; falló %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost while %2 was being committed; whether it was saved is unknown. Try again: every hub call can be repeated.</source>
        <translation>Se perdió la conexión con el servidor PostgreSQL en %1 mientras se confirmaba %2; no se sabe si se guardó. Inténtelo de nuevo: toda llamada al hub se puede repetir.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 cannot be reached; %2 failed. Check that it runs.</source>
        <translation>No se puede llegar al servidor PostgreSQL en %1; falló %2. Compruebe que esté en marcha.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused %1 (SQLSTATE %2). The hub&apos;s log says more.</source>
        <translation>El servidor PostgreSQL rechazó %1 (SQLSTATE %2). El registro del hub da más detalles.</translation>
    </message>
    <message>
        <source>The hub&apos;s database failed while %1. The hub&apos;s log says more.</source>
        <translation>La base de datos del hub falló al %1. El registro del hub da más detalles.</translation>
    </message>
    <message>
        <source>The hub&apos;s database failed while %1.</source>
        <translation>La base de datos del hub falló al %1.</translation>
    </message>
    <message>
        <source>The hub&apos;s database was busy with another process; %1 did not happen. Try again.</source>
        <translation>La base de datos del hub estaba ocupada con otro proceso; no se pudo %1. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The hub holds no such bundle for this project.</source>
        <translation>El hub no tiene ese paquete para este proyecto.</translation>
    </message>
    <message>
        <source>The hub&apos;s database must be given as a postgresql:// URI, such as postgresql://vigia@db.example.org:5432/vigia_hub.</source>
        <translation>La base de datos del hub debe indicarse como un URI postgresql://, por ejemplo postgresql://vigia@db.example.org:5432/vigia_hub.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 could not be reached (%2). Check that it runs and that the URI names the right host, port, database and user.</source>
        <translation>No se pudo llegar al servidor PostgreSQL en %1 (%2). Compruebe que esté en marcha y que el URI indique el host, el puerto, la base de datos y la cuenta correctos.</translation>
    </message>
    <message>
        <source>connecting to the hub&apos;s database</source>
        <translation>conectar con la base de datos del hub</translation>
    </message>
    <message>
        <source>creating the hub&apos;s tables</source>
        <translation>crear las tablas del hub</translation>
    </message>
    <message>
        <source>The database at %1 is not a vigia-hub database; nothing was changed. Give the hub a database of its own.</source>
        <translation>La base de datos en %1 no es una base de datos de vigia-hub; no se cambió nada. Asigne al hub una base de datos propia.</translation>
    </message>
    <message>
        <source>The hub database at %1 was written by a newer vigia-hub (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>La base de datos del hub en %1 fue escrita por una versión más reciente de vigia-hub (esquema %2; esta versión admite hasta el %3). Instale la versión más reciente para abrirla.</translation>
    </message>
    <message>
        <source>The database at %1 holds tables of something else; nothing was changed. Give the hub a database of its own.</source>
        <translation>La base de datos en %1 contiene tablas de otra cosa; no se cambió nada. Asigne al hub una base de datos propia.</translation>
    </message>
    <message>
        <source>reading the hub id</source>
        <translation>leer el ID del hub</translation>
    </message>
    <message>
        <source>The hub database at %1 has no valid hub id. Restore it from a backup.</source>
        <translation>La base de datos del hub en %1 no tiene un ID del hub válido. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>adding a project slot</source>
        <translation>agregar un cupo de proyecto</translation>
    </message>
    <message>
        <source>A project slot with this token exists already; nothing was added. Create the slot with a new token.</source>
        <translation>Ya existe un cupo de proyecto con este token; no se agregó nada. Cree el cupo con un token nuevo.</translation>
    </message>
    <message>
        <source>registering the project</source>
        <translation>registrar el proyecto</translation>
    </message>
    <message>
        <source>No unused project slot has this token; nothing was registered. Each token registers one project: ask the hub&apos;s operator for a new one.</source>
        <translation>Ningún cupo de proyecto sin usar tiene este token; no se registró nada. Cada token registra un solo proyecto: pida uno nuevo a quien opera el hub.</translation>
    </message>
    <message>
        <source>The hub already serves a project with this id; nothing was registered. A project registers once, then sends new manifests.</source>
        <translation>El hub ya atiende un proyecto con este ID; no se registró nada. Un proyecto se registra una sola vez y después envía manifiestos nuevos.</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>leer el proyecto</translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation>El hub no atiende ningún proyecto con este ID.</translation>
    </message>
    <message>
        <source>replacing the project&apos;s manifest</source>
        <translation>reemplazar el manifiesto del proyecto</translation>
    </message>
    <message>
        <source>The project&apos;s manifest changed meanwhile (the hub holds version %1, not %2); nothing was replaced. Read the new manifest and try again.</source>
        <translation>El manifiesto del proyecto cambió mientras tanto (el hub tiene la versión %1, no la %2); no se reemplazó nada. Lea el manifiesto nuevo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation>leer el dispositivo</translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest on this hub.</source>
        <translation>Este dispositivo no está en el manifiesto del proyecto en este hub.</translation>
    </message>
    <message>
        <source>The hub database holds a device with an unknown role. Restore it from a backup.</source>
        <translation>La base de datos del hub contiene un dispositivo con un rol desconocido. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>reading the project&apos;s devices</source>
        <translation>leer los dispositivos del proyecto</translation>
    </message>
    <message>
        <source>saving a sign-in challenge</source>
        <translation>guardar un desafío de inicio de sesión</translation>
    </message>
    <message>
        <source>checking a sign-in challenge</source>
        <translation>comprobar un desafío de inicio de sesión</translation>
    </message>
    <message>
        <source>saving a session</source>
        <translation>guardar una sesión</translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation>leer la sesión</translation>
    </message>
    <message>
        <source>This session is unknown or has expired; sign in again.</source>
        <translation>Esta sesión es desconocida o expiró; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>An upload cannot have a negative length.</source>
        <translation>Una subida no puede tener una longitud negativa.</translation>
    </message>
    <message>
        <source>creating the upload</source>
        <translation>crear la subida</translation>
    </message>
    <message>
        <source>reading the upload</source>
        <translation>leer la subida</translation>
    </message>
    <message>
        <source>The hub has no such upload (it may have expired); start it again.</source>
        <translation>El hub no tiene esa subida (puede que haya expirado); iníciela de nuevo.</translation>
    </message>
    <message>
        <source>saving the uploaded bytes</source>
        <translation>guardar los bytes subidos</translation>
    </message>
    <message>
        <source>The upload stands at byte %1, not %2; nothing was saved. Resume from byte %1.</source>
        <translation>La subida está en el byte %1, no en el %2; no se guardó nada. Reanude desde el byte %1.</translation>
    </message>
    <message>
        <source>These bytes go past the upload&apos;s length of %1 bytes; nothing was saved.</source>
        <translation>Estos bytes exceden la longitud de la subida, de %1 bytes; no se guardó nada.</translation>
    </message>
    <message>
        <source>reading the uploaded bytes</source>
        <translation>leer los bytes subidos</translation>
    </message>
    <message>
        <source>The upload&apos;s stored parts do not follow each other; delete the upload and send the bundle again.</source>
        <translation>Las partes guardadas de la subida no son consecutivas; elimine la subida y envíe el paquete de nuevo.</translation>
    </message>
    <message>
        <source>deleting the upload</source>
        <translation>eliminar la subida</translation>
    </message>
    <message>
        <source>The hub has no such upload.</source>
        <translation>El hub no tiene esa subida.</translation>
    </message>
    <message>
        <source>removing expired uploads</source>
        <translation>quitar las subidas expiradas</translation>
    </message>
    <message>
        <source>The bundle is %1 bytes, not the %2 announced; nothing was stored.</source>
        <translation>El paquete tiene %1 bytes, no los %2 anunciados; no se guardó nada.</translation>
    </message>
    <message>
        <source>storing the bundle</source>
        <translation>guardar el paquete</translation>
    </message>
    <message>
        <source>listing the project&apos;s bundles</source>
        <translation>listar los paquetes del proyecto</translation>
    </message>
    <message>
        <source>reading the bundle</source>
        <translation>leer el paquete</translation>
    </message>
    <message>
        <source>A byte range cannot start or run backwards.</source>
        <translation>Un rango de bytes no puede empezar ni extenderse hacia atrás.</translation>
    </message>
    <message>
        <source>reading the bundle&apos;s bytes</source>
        <translation>leer los bytes del paquete</translation>
    </message>
    <message>
        <source>The range starts at byte %1, past the end of the bundle (%2 bytes).</source>
        <translation>El rango empieza en el byte %1, después del final del paquete (%2 bytes).</translation>
    </message>
    <message>
        <source>The bundle&apos;s stored parts do not add up to its size. Restore the hub database from a backup.</source>
        <translation>Las partes guardadas del paquete no suman su tamaño. Restaure la base de datos del hub desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>counting what the hub holds</source>
        <translation>contar lo que contiene el hub</translation>
    </message>
    <message>
        <source>storing the receipt</source>
        <translation>guardar el acuse de recibo</translation>
    </message>
    <message>
        <source>listing the project&apos;s receipts</source>
        <translation>listar los acuses de recibo del proyecto</translation>
    </message>
    <message>
        <source>reading who sent the bundles</source>
        <translation>leer qué dispositivos enviaron los paquetes</translation>
    </message>
    <message>
        <source>saving the invitation</source>
        <translation>guardar la invitación</translation>
    </message>
    <message>
        <source>An invitation with this code exists already; nothing was added. Make a new invitation.</source>
        <translation>Ya existe una invitación con este código; no se agregó nada. Cree una invitación nueva.</translation>
    </message>
    <message>
        <source>This invitation code is unknown, used already or expired. Ask for a new invitation.</source>
        <translation>Este código de invitación es desconocido, ya se usó o expiró. Pida una invitación nueva.</translation>
    </message>
    <message>
        <source>redeeming the invitation</source>
        <translation>canjear la invitación</translation>
    </message>
    <message>
        <source>saving the join request</source>
        <translation>guardar la solicitud de incorporación</translation>
    </message>
    <message>
        <source>reading the join requests</source>
        <translation>leer las solicitudes de incorporación</translation>
    </message>
    <message>
        <source>listing the projects</source>
        <translation>listar los proyectos</translation>
    </message>
    <message>
        <source>blocking the device</source>
        <translation>bloquear el dispositivo</translation>
    </message>
    <message>
        <source>counting the device&apos;s uploads in progress</source>
        <translation>contar las subidas en curso del dispositivo</translation>
    </message>
</context>
<context>
    <name>vigia::ProgressCalculator</name>
    <message>
        <source>A report of %1 in %2 gives its value in %3, but the target is in %4; values in different units are never mixed. Correct the report (record %5) or set the target in its unit.</source>
        <translation>Un informe de %1 en %2 da su valor en %3, pero la meta está en %4; nunca se mezclan valores en unidades distintas. Corrija el informe (registro %5) o fije la meta en su unidad.</translation>
    </message>
</context>
<context>
    <name>vigia::ProgressChart</name>
    <message>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>Milestone path</source>
        <translation>Trayectoria de hitos</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin meta</translation>
    </message>
    <message>
        <source>Target, %1</source>
        <translation>Meta, %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
</context>
<context>
    <name>vigia::ProgressStatusText</name>
    <message>
        <source>on track</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>en riesgo</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>desviada</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectAdmin</name>
    <message>
        <source>Only a coordinator&apos;s workspace can create a project. Create one with &apos;vigiactl init --role coordinator&apos;.</source>
        <translation>Solo un espacio de trabajo de coordinación puede crear un proyecto. Cree uno con &apos;vigiactl init --role coordinator&apos;.</translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation>El proyecto necesita un nombre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code. Give two letters, e.g. --country BR.</source>
        <translation>&apos;%1&apos; no es un código de país. Indique dos letras, p. ej., --country BR.</translation>
    </message>
    <message>
        <source>This workspace already belongs to a project; nothing was changed. Use a separate workspace for each project.</source>
        <translation>Este espacio de trabajo ya pertenece a un proyecto; no se cambió nada. Use un espacio de trabajo distinto para cada proyecto.</translation>
    </message>
    <message>
        <source>This join request is for another project; nothing was changed.</source>
        <translation>Esta solicitud de incorporación es para otro proyecto; no se cambió nada.</translation>
    </message>
    <message>
        <source>This device was revoked from the project and cannot be approved again. Set up a new workspace on it and send a new join request.</source>
        <translation>Este dispositivo fue revocado del proyecto y no se puede aprobar de nuevo. Configure en él un nuevo espacio de trabajo y envíe una nueva solicitud de incorporación.</translation>
    </message>
    <message>
        <source>No approved device has the id %1. &apos;vigiactl devices list&apos; shows the devices of the project.</source>
        <translation>Ningún dispositivo aprobado tiene el ID %1. &apos;vigiactl devices list&apos; muestra los dispositivos del proyecto.</translation>
    </message>
    <message>
        <source>This device holds the project key and cannot revoke itself.</source>
        <translation>Este dispositivo tiene la clave del proyecto y no puede revocarse a sí mismo.</translation>
    </message>
    <message>
        <source>The device %1 is already in the project with other keys; nothing was changed. If its keys really changed, revoke the device and ask for a new join request from a new workspace.</source>
        <translation>El dispositivo %1 ya está en el proyecto con otras claves; no se cambió nada. Si sus claves cambiaron de verdad, revoque el dispositivo y pida una nueva solicitud de incorporación desde un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>reading what the device has sent</source>
        <translation>leyendo lo que el dispositivo ha enviado</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectChooser</name>
    <message>
        <source>Project not set up yet</source>
        <translation>Proyecto aún sin configurar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>The project whose records, targets and bundles the pages show</source>
        <translation>El proyecto cuyos registros, metas y paquetes muestran las páginas</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectCommands</name>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Se escribió %1 en %2.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>ID del proyecto:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Manifest version:</source>
        <translation>Versión del manifiesto:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Clave del proyecto:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Dispositivos:</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>--name NAME --country CC [--hub URL]</source>
        <translation>--name NAME --country CC [--hub URL]</translation>
    </message>
    <message>
        <source>Create a project with this coordinator device as its owner.</source>
        <translation>Crear un proyecto con este dispositivo de coordinación como propietario.</translation>
    </message>
    <message>
        <source>Creates the project signing key (kept in the workspace, sealed to this device&apos;s keys) and manifest version 1 listing this device as coordinator and recipient. Prints the project key&apos;s fingerprint: members compare it when they join.</source>
        <translation>Crea la clave de firma del proyecto (guardada en el espacio de trabajo, sellada con las claves de este dispositivo) y la versión 1 del manifiesto, que registra este dispositivo con el rol de coordinación y como destinatario. Imprime la huella digital de la clave del proyecto: cada integrante la compara al incorporarse.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>El nombre del proyecto.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>The project&apos;s country, e.g. BR.</source>
        <translation>El país del proyecto, p. ej., BR.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The hub&apos;s address (may stay empty).</source>
        <translation>La dirección del hub (puede quedar vacía).</translation>
    </message>
    <message>
        <source>--out FILE</source>
        <translation>--out FILE</translation>
    </message>
    <message>
        <source>Write an invitation file for a new member.</source>
        <translation>Escribir un archivo de invitación para una persona que se incorpora al proyecto.</translation>
    </message>
    <message>
        <source>Writes the invitation (project id, hub address, project key) signed by the project key. Tell the new member the project key&apos;s fingerprint over the phone.</source>
        <translation>Escribe la invitación (ID del proyecto, dirección del hub, clave del proyecto) firmada con la clave del proyecto. Léale por teléfono a la persona que se incorpora la huella digital de la clave del proyecto.</translation>
    </message>
    <message>
        <source>Write this device&apos;s join request for the coordinator.</source>
        <translation>Escribir la solicitud de incorporación de este dispositivo para la coordinación.</translation>
    </message>
    <message>
        <source>Writes a join request signed by this device: its id, name, role and public keys. Prints this device&apos;s fingerprint, which the coordinator compares when approving.</source>
        <translation>Escribe una solicitud de incorporación firmada por este dispositivo: su ID, nombre, rol y claves públicas. Imprime la huella digital de este dispositivo, que usted le lee a la persona que coordina para que la compare al aprobarlo.</translation>
    </message>
    <message>
        <source>Approve a join request and issue a new manifest.</source>
        <translation>Aprobar una solicitud de incorporación y emitir un nuevo manifiesto.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>Remove a device from the project.</source>
        <translation>Quitar un dispositivo del proyecto.</translation>
    </message>
    <message>
        <source>Write the current manifest to a file.</source>
        <translation>Escribir el manifiesto actual en un archivo.</translation>
    </message>
    <message>
        <source>Writes the signed manifest in force, to hand to every member.</source>
        <translation>Escribe el manifiesto firmado vigente, para entregarlo a cada integrante.</translation>
    </message>
    <message>
        <source>Install a newer manifest from the coordinator.</source>
        <translation>Instalar un manifiesto más reciente de la coordinación.</translation>
    </message>
    <message>
        <source>Accepts the manifest only if the pinned project key signed it, it is for this project and its version is higher than the one in force; otherwise nothing changes. Bundles in quarantine whose sender it approves are imported.</source>
        <translation>Acepta el manifiesto solo si lo firmó la clave del proyecto fijada, es de este proyecto y su versión es mayor que la vigente; si no, no cambia nada. Se importan los paquetes en cuarentena cuyo remitente aprueba.</translation>
    </message>
    <message>
        <source>List the devices of the project.</source>
        <translation>Listar los dispositivos del proyecto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --out FILE.</source>
        <translation>&apos;%1&apos; necesita --out FILE.</translation>
    </message>
    <message>
        <source>&apos;project create&apos; needs --name NAME and --country CC.</source>
        <translation>&apos;project create&apos; necesita --name NAME y --country CC.</translation>
    </message>
    <message>
        <source>Created the project. Keep this workspace safe: it holds the project key.</source>
        <translation>Se creó el proyecto. Guarde este espacio de trabajo en un lugar seguro: contiene la clave del proyecto.</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>la invitación</translation>
    </message>
    <message>
        <source>Joined the project. Compare the project key&apos;s fingerprint with your coordinator&apos;s, then send them your join request (project request).</source>
        <translation>Se incorporó al proyecto. Compare la huella digital de la clave del proyecto con la que le lee a usted la persona que coordina y luego envíele su solicitud de incorporación (project request).</translation>
    </message>
    <message>
        <source>the join request</source>
        <translation>la solicitud de incorporación</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>ID del dispositivo:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id. &apos;vigiactl devices list&apos; shows them.</source>
        <translation>&apos;%1&apos; no es un ID de dispositivo. &apos;vigiactl devices list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Revoked the device. Send the new manifest to every member (project manifest export).</source>
        <translation>Se revocó el dispositivo. Envíe el nuevo manifiesto a cada integrante (project manifest export).</translation>
    </message>
    <message>
        <source>This workspace has no manifest to export yet.</source>
        <translation>Este espacio de trabajo aún no tiene ningún manifiesto que exportar.</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>el manifiesto</translation>
    </message>
    <message>
        <source>Installed the manifest.</source>
        <translation>Se instaló el manifiesto.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s) from quarantine.</source>
        <translation>
            <numerusform>Se importó %n paquete de la cuarentena.</numerusform>
            <numerusform>Se importaron %n paquetes de la cuarentena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the requesting device, the role it asks for and its fingerprint. Nothing changes until the fingerprint is confirmed: give the one the person read to you by phone with --fingerprint (it must match), or answer yes at the prompt on a terminal. The device joins as a researcher unless you choose --role coordinator; the role written in the request is never taken from it. Then it is added to the project and the next manifest version is issued (hand it out with project manifest export).</source>
        <translation>Muestra el dispositivo solicitante, el rol que pide y su huella digital. Nada cambia hasta que se confirme la huella digital: indique con --fingerprint la que la persona le leyó a usted por teléfono (debe coincidir), o responda sí a la pregunta en una terminal. El dispositivo ingresa como Investigador/a salvo que elija --role coordinator; el rol escrito en la solicitud nunca se toma de ella. Luego se agrega al proyecto y se emite la siguiente versión del manifiesto (entréguela con project manifest export).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>researcher (default) or coordinator: a coordinator receives every researcher&apos;s data.</source>
        <translation>researcher (predeterminado) o coordinator: la coordinación recibe los datos de todo el equipo de investigación.</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>The fingerprint the person read to you; spaces, dashes and case do not matter.</source>
        <translation>La huella digital que la persona le leyó a usted; los espacios, guiones y mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Issues a manifest without the device. It records how far this workspace had accepted the device&apos;s changes: every member refuses the device&apos;s later changes, whatever date they carry; those accepted before stay valid.</source>
        <translation>Emite un manifiesto sin el dispositivo. Registra hasta dónde este espacio de trabajo había aceptado los cambios del dispositivo: cada integrante rechaza sus cambios posteriores, lleven la fecha que lleven; los aceptados antes siguen siendo válidos.</translation>
    </message>
    <message>
        <source>Approved %1 as %2. Send them the manifest (project manifest export).</source>
        <translation>Se aprobó %1 como %2. Envíele el manifiesto (project manifest export).</translation>
    </message>
    <message>
        <source>Join request from %1 (asks to be %2), device id %3.</source>
        <translation>Solicitud de incorporación de %1 (pide ser %2), ID del dispositivo %3.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>Warning: as a coordinator this device will receive every researcher&apos;s data in the project.</source>
        <translation>Atención: con el rol de coordinación, este dispositivo recibirá los datos de todo el equipo de investigación del proyecto.</translation>
    </message>
    <message>
        <source>The fingerprint you gave does not match this join request&apos;s (%1); nothing was changed. The request may not come from the person you spoke to: ask them to send it again.</source>
        <translation>La huella digital que indicó no coincide con la de esta solicitud de incorporación (%1); no se cambió nada. Puede que la solicitud no venga de la persona con quien habló: pídale que la envíe de nuevo.</translation>
    </message>
    <message>
        <source>Does the fingerprint match, group by group, the one the person read to you?</source>
        <translation>¿Coincide la huella digital, grupo por grupo, con la que la persona le leyó a usted?</translation>
    </message>
    <message>
        <source>Approving needs the fingerprint confirmed; nothing was changed. Give --fingerprint with the fingerprint the person read to you by phone, or run the command on a terminal to answer the question.</source>
        <translation>Para aprobar hay que confirmar la huella digital; no se cambió nada. Indique --fingerprint con la huella digital que la persona le leyó a usted por teléfono, o ejecute el comando en una terminal para responder la pregunta.</translation>
    </message>
    <message>
        <source>Not approved; nothing was changed.</source>
        <translation>No se aprobó; no se cambió nada.</translation>
    </message>
    <message>
        <source>FILE [--role researcher|coordinator] [--fingerprint FINGERPRINT]</source>
        <translation>FILE [--role researcher|coordinator] [--fingerprint FINGERPRINT]</translation>
    </message>
    <message>
        <source>Join a project from an invitation file or a code.</source>
        <translation>Unirse a un proyecto con un archivo de invitación o un código.</translation>
    </message>
    <message>
        <source>Pins the project and its key from the invitation, and prints the key&apos;s fingerprint: compare it with the coordinator&apos;s before going on. From then on only manifests signed by that key are accepted. With --hub and --code, the invitation comes from the hub, is checked against the code before anything is sent, and the join request goes to the hub.</source>
        <translation>Fija el proyecto y su clave a partir de la invitación y muestra la huella digital de la clave: compárela con la de la coordinación antes de continuar. A partir de entonces solo se aceptan manifiestos firmados con esa clave. Con --hub y --code, la invitación viene del hub, se comprueba con el código antes de enviar nada y la solicitud de incorporación va al hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation>La dirección del hub.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The invitation code read out by the coordinator.</source>
        <translation>El código de invitación que le dictó la coordinación.</translation>
    </message>
    <message>
        <source>A self-hosted hub certificate&apos;s SHA-256, as the coordinator gives it.</source>
        <translation>El SHA-256 del certificado de un hub propio, tal como lo da la coordinación.</translation>
    </message>
    <message>
        <source>&apos;project join&apos; needs an invitation FILE, or --hub URL and --code CODE.</source>
        <translation>&apos;project join&apos; necesita un FILE de invitación, o --hub URL y --code CODE.</translation>
    </message>
    <message>
        <source>FILE | --hub URL --code CODE [--pin HASH]</source>
        <translation>FILE | --hub URL --code CODE [--pin HASH]</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>Lists the devices of the manifest in force with role, fingerprint and whether they receive researcher data, then the revoked devices; for each, when the last bundle from it arrived, how far its clock ran from this one&apos;s then (flagged when more than ten minutes ahead) and how many bundles sent to it wait for its receipt.</source>
        <translation>Lista los dispositivos del manifiesto vigente con su rol, su huella digital y si reciben los datos de las personas investigadoras, y luego los dispositivos revocados; para cada uno, cuándo llegó su último paquete, cuánto se diferenciaba entonces su reloj del de este dispositivo (se señala cuando va más de diez minutos adelantado) y cuántos paquetes enviados a él esperan su acuse de recibo.</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectDevicesPanel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Receives data</source>
        <translation>Recibe datos</translation>
    </message>
    <message>
        <source>Devices in the project</source>
        <translation>Dispositivos del proyecto</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Revocar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Investigador/a</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ahead</source>
        <translation>
            <numerusform>%n minuto adelantado</numerusform>
            <numerusform>%n minutos adelantado</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>En hora</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Sin acuse de recibo</translation>
    </message>
    <message>
        <source>Fingerprint of %1&apos;s device</source>
        <translation>Huella digital del dispositivo de %1</translation>
    </message>
    <message>
        <source>Waiting to join</source>
        <translation>Esperando para unirse</translation>
    </message>
    <message>
        <source>Role asked</source>
        <translation>Rol solicitado</translation>
    </message>
    <message>
        <source>Fingerprint starts</source>
        <translation>Inicio de la huella digital</translation>
    </message>
    <message>
        <source>Devices asking to join the project</source>
        <translation>Dispositivos que piden unirse al proyecto</translation>
    </message>
    <message>
        <source>Before approving, call the person and have them read their device&apos;s fingerprint aloud (their Sync page shows it). It must be this one:</source>
        <translation>Antes de aprobar, llame a la persona y pídale que lea en voz alta la huella digital de su dispositivo (su página Sincronización la muestra). Debe ser esta:</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Aprobar este dispositi&amp;vo…</translation>
    </message>
    <message>
        <source>Approve the selected device</source>
        <translation>Aprobar el dispositivo seleccionado</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectFileDialog</name>
    <message>
        <source>Invitations (%1)</source>
        <translation>Invitaciones (%1)</translation>
    </message>
    <message>
        <source>Join requests (%1)</source>
        <translation>Solicitudes de incorporación (%1)</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Aprobaciones (%1)</translation>
    </message>
    <message>
        <source>Receipts (%1)</source>
        <translation>Acuses de recibo (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectFiles</name>
    <message>
        <source>invitation</source>
        <comment>file name</comment>
        <translation>invitación</translation>
    </message>
    <message>
        <source>join-request</source>
        <comment>file name</comment>
        <translation>solicitud-de-incorporación</translation>
    </message>
    <message>
        <source>approval</source>
        <comment>file name of the coordinator&apos;s manifest</comment>
        <translation>aprobación</translation>
    </message>
    <message>
        <source>receipt</source>
        <comment>file name</comment>
        <translation>acuse-de-recibo</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectInfoPanel</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>ID del proyecto:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Clave del proyecto:</translation>
    </message>
    <message>
        <source>Manifest version:</source>
        <translation>Versión del manifiesto:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Project key fingerprint</source>
        <translation>Huella digital de la clave del proyecto</translation>
    </message>
    <message>
        <source>Manifest version</source>
        <translation>Versión del manifiesto</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Huella digital de este dispositivo</translation>
    </message>
    <message>
        <source>none yet: waiting for the coordinator&apos;s manifest</source>
        <translation>ninguna todavía: esperando el manifiesto de la coordinación</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>none: this project syncs by USB stick only</source>
        <translation>ninguno: este proyecto se sincroniza solo por memoria USB</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectKey</name>
    <message>
        <source>Could not generate the project key. Close other programs and try again.</source>
        <translation>No se pudo generar la clave del proyecto. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This workspace already holds a project key (%1); it was left untouched.</source>
        <translation>Este espacio de trabajo ya contiene una clave del proyecto (%1); no se modificó.</translation>
    </message>
    <message>
        <source>The keys are incomplete; nothing was saved.</source>
        <translation>Las claves están incompletas; no se guardó nada.</translation>
    </message>
    <message>
        <source>Not enough protected memory for the keys.</source>
        <translation>No hay suficiente memoria protegida para las claves.</translation>
    </message>
    <message>
        <source>Could not seal the project key; nothing was saved.</source>
        <translation>No se pudo sellar la clave del proyecto; no se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>No se puede escribir %1 (%2).</translation>
    </message>
    <message>
        <source>This workspace does not hold the project key, so it cannot issue invitations or manifests. Only the coordinator who created the project can.</source>
        <translation>Este espacio de trabajo no contiene la clave del proyecto, así que no puede emitir invitaciones ni manifiestos. Solo puede hacerlo la persona que coordina y creó el proyecto.</translation>
    </message>
    <message>
        <source>The project key file %1 is damaged. Restore it from a backup.</source>
        <translation>El archivo de la clave del proyecto %1 está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The project key file %1 belongs to another device and cannot be opened here.</source>
        <translation>El archivo de la clave del proyecto %1 pertenece a otro dispositivo y no se puede abrir aquí.</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectManifest</name>
    <message>
        <source>The project manifest is damaged or malformed. Ask the coordinator for a new copy.</source>
        <translation>El manifiesto del proyecto está dañado o mal formado. Pida una copia nueva a la coordinación.</translation>
    </message>
    <message>
        <source>Only the holder of the project key can issue a manifest, and this workspace does not hold the key of this project.</source>
        <translation>Solo quien tiene la clave del proyecto puede emitir un manifiesto, y este espacio de trabajo no contiene la clave de este proyecto.</translation>
    </message>
    <message>
        <source>This manifest is not signed by the key of your project (fingerprint %1); it was ignored. Ask your coordinator for the project&apos;s manifest.</source>
        <translation>Este manifiesto no está firmado con la clave de su proyecto (huella digital %1); se ignoró. Pida a la persona que coordina el manifiesto del proyecto.</translation>
    </message>
    <message>
        <source>The manifest names a project key other than the one that signed it. Do not use it.</source>
        <translation>El manifiesto indica una clave del proyecto distinta de la que lo firmó. No lo use.</translation>
    </message>
    <message>
        <source>This manifest belongs to another project; it was ignored.</source>
        <translation>Este manifiesto pertenece a otro proyecto; se ignoró.</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectPasses</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectProgress</name>
    <message>
        <source>remembering which project files were saved</source>
        <translation>registrar qué archivos del proyecto se guardaron</translation>
    </message>
    <message>
        <source>reading which project files were saved</source>
        <translation>leer qué archivos del proyecto se guardaron</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectSetupDialog</name>
    <message>
        <source>Create project</source>
        <translation>Crear proyecto</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>Optional, e.g. https://hub.example.org</source>
        <translation>Opcional, p. ej., https://hub.example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Dirección del &amp;hub:</translation>
    </message>
    <message>
        <source>This computer will hold the project key. Keep the workspace and its passphrase safe: without the key nobody can approve new members.</source>
        <translation>Esta computadora tendrá la clave del proyecto. Guarde en un lugar seguro el espacio de trabajo y su frase de contraseña: sin la clave, nadie puede aprobar nuevas incorporaciones.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create the project</source>
        <translation>Crear el proyecto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectStore</name>
    <message>
        <source>reading the project</source>
        <translation>leer el proyecto</translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet. Join one with &apos;vigiactl project join INVITATION&apos;, or create one with &apos;vigiactl project create&apos;.</source>
        <translation>Este espacio de trabajo aún no forma parte de un proyecto. Incorpórese a uno con &apos;vigiactl project join INVITATION&apos; o cree uno con &apos;vigiactl project create&apos;.</translation>
    </message>
    <message>
        <source>This device has no project manifest yet. Send your join request to the coordinator and import the manifest they send back (&apos;vigiactl project manifest import FILE&apos;).</source>
        <translation>Este dispositivo aún no tiene un manifiesto del proyecto. Envíe su solicitud de incorporación a la coordinación e importe el manifiesto que le devuelva (&apos;vigiactl project manifest import FILE&apos;).</translation>
    </message>
    <message>
        <source>This workspace already belongs to another project; nothing was changed. Use a separate workspace for each project.</source>
        <translation>Este espacio de trabajo ya pertenece a otro proyecto; no se cambió nada. Use un espacio de trabajo distinto para cada proyecto.</translation>
    </message>
    <message>
        <source>saving the project</source>
        <translation>guardar el proyecto</translation>
    </message>
    <message>
        <source>This manifest is version %1, but version %2 is already in force; nothing was changed. Ask the coordinator for the newest manifest.</source>
        <translation>Este manifiesto es la versión %1, pero ya está vigente la versión %2; no se cambió nada. Pida a la coordinación el manifiesto más reciente.</translation>
    </message>
    <message>
        <source>saving the manifest</source>
        <translation>guardar el manifiesto</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectStores</name>
    <message>
        <source>reading the project</source>
        <translation>al leer el proyecto</translation>
    </message>
</context>
<context>
    <name>vigia::Projector</name>
    <message>
        <source>storing a value</source>
        <translation>guardar un valor</translation>
    </message>
    <message>
        <source>reading a value</source>
        <translation>leer un valor</translation>
    </message>
    <message>
        <source>updating a value</source>
        <translation>actualizar un valor</translation>
    </message>
    <message>
        <source>updating a projection</source>
        <translation>actualizar una proyección</translation>
    </message>
    <message>
        <source>closing a conflict</source>
        <translation>cerrar un conflicto</translation>
    </message>
    <message>
        <source>recording a conflict</source>
        <translation>registrar un conflicto</translation>
    </message>
</context>
<context>
    <name>vigia::QdaCorpusReader</name>
    <message>
        <source>counting the records to export</source>
        <translation>contar los registros que se exportan</translation>
    </message>
    <message>
        <source>reading the codings to export</source>
        <translation>leer las codificaciones que se exportan</translation>
    </message>
    <message>
        <source>reading the records to export</source>
        <translation>leer los registros que se exportan</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>vigia::QuarantineCap</name>
    <message>
        <source>This bundle (%1) comes from a device that is not approved in this project, and it is larger than the quarantine may hold (%2); nothing was kept. Import it again after the manifest approving its device.</source>
        <translation>Este paquete (%1) viene de un dispositivo que no está aprobado en este proyecto y es más grande de lo que la cuarentena puede guardar (%2); no se guardó nada. Vuelva a importarlo después del manifiesto que apruebe su dispositivo.</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>leer la cuarentena</translation>
    </message>
    <message>
        <source>making room in the quarantine</source>
        <translation>hacer espacio en la cuarentena</translation>
    </message>
</context>
<context>
    <name>vigia::QuarantinePanel</name>
    <message>
        <source>No bundles are waiting in quarantine.</source>
        <translation>No hay paquetes en cuarentena.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Bundles waiting for their sender&apos;s approval</source>
        <translation>Paquetes a la espera de que se apruebe su remitente</translation>
    </message>
    <message>
        <source>These bundles come from devices the project has not approved yet. They are imported by themselves once a manifest approves the sender.</source>
        <translation>Estos paquetes provienen de dispositivos que el proyecto aún no aprobó. Se importan solos cuando un manifiesto aprueba al remitente.</translation>
    </message>
</context>
<context>
    <name>vigia::Receipt</name>
    <message>
        <source>The receipt is damaged or malformed. Ask the coordinator for a new one.</source>
        <translation>El acuse de recibo está dañado o mal formado. Pida uno nuevo a la coordinación.</translation>
    </message>
</context>
<context>
    <name>vigia::ReceiptBook</name>
    <message>
        <source>reading the imported bundles</source>
        <translation>leer los paquetes importados</translation>
    </message>
    <message>
        <source>This receipt belongs to another project; nothing was changed.</source>
        <translation>Este acuse de recibo pertenece a otro proyecto; no se cambió nada.</translation>
    </message>
    <message>
        <source>This receipt is not signed by a coordinator device of the project; nothing was changed.</source>
        <translation>Este acuse de recibo no está firmado por un dispositivo de coordinación del proyecto; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the drive is plugged in and writable.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que la unidad esté conectada y tenga permiso de escritura.</translation>
    </message>
</context>
<context>
    <name>vigia::ReceiptCommands</name>
    <message>
        <source>&apos;receipt export&apos; needs --out FILE.</source>
        <translation>&apos;receipt export&apos; necesita --out FILE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id.</source>
        <translation>&apos;%1&apos; no es un ID de dispositivo.</translation>
    </message>
    <message>
        <source>Wrote the receipt to %1.</source>
        <translation>Se escribió el acuse de recibo en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) acknowledged; %1 still waiting for a receipt.</source>
        <translation>
            <numerusform>%n cambio confirmado; %1 aún a la espera de acuse de recibo.</numerusform>
            <numerusform>%n cambios confirmados; %1 aún a la espera de acuse de recibo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RecordCheck</name>
    <message>
        <source>Form %1 version %2 has no such field; &apos;vigiactl forms show %1 --form-version %2&apos; lists its fields.</source>
        <translation>La versión %2 del formulario %1 no tiene ese campo; &apos;vigiactl forms show %1 --form-version %2&apos; lista sus campos.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordCommands</name>
    <message>
        <source>&apos;%1&apos; is not of the form FIELD=VALUE; write for example country=BR.</source>
        <translation>&apos;%1&apos; no tiene la forma FIELD=VALUE; escriba, por ejemplo, country=BR.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;. Use --status draft or --status finalized.</source>
        <translation>Estado desconocido &apos;%1&apos;. Use --status draft (borrador) o --status finalized (finalizado).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; given to --%2 is not a date. Write dates as YYYY-MM-DD, for example 2024-03-31.</source>
        <translation>&apos;%1&apos;, indicado en --%2, no es una fecha. Escriba las fechas como AAAA-MM-DD, por ejemplo, 2024-03-31.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2, so nothing could match. Swap the dates.</source>
        <translation>--from %1 es posterior a --to %2, así que ningún registro puede coincidir. Intercambie las fechas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; given to --%2 is not a whole number of 0 or more.</source>
        <translation>&apos;%1&apos;, indicado en --%2, no es un número entero mayor o igual que 0.</translation>
    </message>
    <message>
        <source>&apos;record new&apos; needs a form: vigiactl record new --form ID. Run &apos;vigiactl record new --help&apos; for details.</source>
        <translation>&apos;record new&apos; necesita un formulario: vigiactl record new --form ID. Ejecute &apos;vigiactl record new --help&apos; para ver los detalles.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n field(s) in record %1.</source>
        <translation>
            <numerusform>Se guardó %n campo en el registro %1.</numerusform>
            <numerusform>Se guardaron %n campos en el registro %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 is finalized.</source>
        <translation>El registro %1 está finalizado.</translation>
    </message>
    <message>
        <source>Record %1 is a draft again.</source>
        <translation>El registro %1 vuelve a ser un borrador.</translation>
    </message>
    <message>
        <source>Record %1 is deleted; &apos;vigiactl record restore %1&apos; brings it back.</source>
        <translation>El registro %1 está eliminado; &apos;vigiactl record restore %1&apos; lo recupera.</translation>
    </message>
    <message>
        <source>Record %1 is restored.</source>
        <translation>El registro %1 fue restaurado.</translation>
    </message>
    <message numerus="yes">
        <source>No records here: %n record(s) match, fewer than --offset %1.</source>
        <translation>
            <numerusform>No hay registros aquí: coincide %n registro, menos que --offset %1.</numerusform>
            <numerusform>No hay registros aquí: coinciden %n registros, menos que --offset %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Ningún registro coincide.</translation>
    </message>
    <message>
        <source>Records %1–%2 of %3. Use --offset and --limit to see others.</source>
        <translation>Registros %1–%2 de %3. Use --offset y --limit para ver otros.</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Form %1 is not in this workspace, so its records cannot be checked. Import it with &apos;vigiactl forms import FILE&apos;; &apos;vigiactl forms list&apos; shows the forms there are.</source>
        <translation>El formulario %1 no está en este espacio de trabajo, así que no se pueden comprobar sus registros. Impórtelo con &apos;vigiactl forms import FILE&apos;; &apos;vigiactl forms list&apos; muestra los formularios disponibles.</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of record %2 is removed from this device; the next bundle or sync removes it everywhere.</source>
        <translation>La respuesta &quot;%1&quot; del registro %2 se eliminó de este dispositivo; el siguiente paquete o sincronización la elimina en todas partes.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordDraft</name>
    <message>
        <source>Form %1 version %2 has no such field.</source>
        <translation>La versión %2 del formulario %1 no tiene ese campo.</translation>
    </message>
    <message>
        <source>This %1 row holds no answer; only questions can be set.</source>
        <translation>Esta fila %1 no contiene ninguna respuesta; solo se pueden asignar valores a las preguntas.</translation>
    </message>
    <message>
        <source>Vigia fills in this %1 field itself; it cannot be set.</source>
        <translation>Vigia completa este campo %1 por sí mismo; no se puede asignar.</translation>
    </message>
    <message>
        <source>The form calculates this field; it cannot be set.</source>
        <translation>El formulario calcula este campo; no se puede asignar.</translation>
    </message>
    <message>
        <source>This field is read-only.</source>
        <translation>Este campo es de solo lectura.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordEditCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>vigia::RecordEditor</name>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before finalizing</source>
        <translation>
            <numerusform>%n problema que corregir antes de finalizar</numerusform>
            <numerusform>%n problemas que corregir antes de finalizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not finalized: %1</source>
        <translation>No finalizado: %1</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Reopened as a draft</source>
        <translation>Reabierto como borrador</translation>
    </message>
    <message>
        <source>Form &amp;language:</source>
        <translation>&amp;Idioma del formulario:</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer el cambio deshecho (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); drafts are also saved as you type</source>
        <translation>Guardar el borrador ahora (Ctrl+S); los borradores también se guardan mientras escribe</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Check every answer and finalize the record (Ctrl+Return)</source>
        <translation>Comprobar todas las respuestas y finalizar el registro (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Make the finalized record a draft again to change it</source>
        <translation>Volver a convertir el registro finalizado en borrador para cambiarlo</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>%1 holds answers. Remove the card with its answers? Undo (Ctrl+Z) brings them back.</source>
        <translation>%1 tiene respuestas. ¿Quitar la tarjeta con sus respuestas? Deshacer (Ctrl+Z) las recupera.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Next problem (%n)</source>
        <translation>
            <numerusform>Siguiente problema (%n)</numerusform>
            <numerusform>Siguiente problema (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the next field to correct (%1)</source>
        <translation>Ir al siguiente campo por corregir (%1)</translation>
    </message>
    <message>
        <source>Fields to correct before finalizing</source>
        <translation>Campos por corregir antes de finalizar</translation>
    </message>
    <message>
        <source>C&amp;odings (%1)</source>
        <translation>C&amp;odificaciones (%1)</translation>
    </message>
    <message>
        <source>C&amp;odings</source>
        <translation>C&amp;odificaciones</translation>
    </message>
    <message>
        <source>Show or hide the codings and memos of this record</source>
        <translation>Mostrar u ocultar las codificaciones y los memos de este registro</translation>
    </message>
    <message>
        <source>Remove an answer everywhere</source>
        <translation>Eliminar una respuesta en todas partes</translation>
    </message>
    <message>
        <source>This record has no written answer to remove.</source>
        <translation>Este registro no tiene ninguna respuesta escrita que eliminar.</translation>
    </message>
    <message>
        <source>The answer was removed from every earlier version.</source>
        <translation>La respuesta se eliminó de todas las versiones anteriores.</translation>
    </message>
    <message>
        <source>Remove an answer…</source>
        <translation>Eliminar una respuesta…</translation>
    </message>
    <message>
        <source>Remove an answer from every earlier version of it, here and on every device: for a name typed by mistake</source>
        <translation>Eliminar una respuesta de todas sus versiones anteriores, aquí y en cada dispositivo: para un nombre escrito por error</translation>
    </message>
    <message>
        <source>Commen&amp;ts (%1)</source>
        <translation>Comen&amp;tarios (%1)</translation>
    </message>
    <message>
        <source>Commen&amp;ts</source>
        <translation>Comen&amp;tarios</translation>
    </message>
    <message>
        <source>Show or hide the comments on this record</source>
        <translation>Mostrar u ocultar los comentarios de este registro</translation>
    </message>
    <message>
        <source>History of this answer…</source>
        <translation>Historial de esta respuesta…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show or hide every change of this record: who, when and through which bundle (%1 for the answer with the focus)</source>
        <translation>Muestra u oculta cada cambio de este registro: quién, cuándo y en qué paquete llegó (%1 para la respuesta que tiene el foco)</translation>
    </message>
</context>
<context>
    <name>vigia::RecordField</name>
    <message>
        <source>%1 *</source>
        <comment>required field marker</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field label (repeat instance)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigia::RecordFinalizer</name>
    <message>
        <source>Form %1 version %2 is not in this workspace, so record %3 cannot be checked or finalized. Import that form version first.</source>
        <translation>El formulario %1 versión %2 no está en este espacio de trabajo, así que el registro %3 no se puede comprobar ni finalizar. Importe antes esa versión del formulario.</translation>
    </message>
    <message numerus="yes">
        <source>Record %1 cannot be finalized: %n answer(s) need attention. The first: %2</source>
        <translation>
            <numerusform>El registro %1 no se puede finalizar: %n respuesta requiere atención. La primera: %2</numerusform>
            <numerusform>El registro %1 no se puede finalizar: %n respuestas requieren atención. La primera: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RecordHistoryModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Versión del formulario</translation>
    </message>
    <message>
        <source>Answer removed</source>
        <translation>Respuesta eliminada</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>Escrito aquí</translation>
    </message>
    <message>
        <source>Bundle unknown</source>
        <translation>Paquete desconocido</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Paquete %1</translation>
    </message>
    <message>
        <source>Draft, never sent</source>
        <translation>Borrador, nunca enviado</translation>
    </message>
    <message>
        <source>Resolved a conflict</source>
        <translation>Resolvió un conflicto</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Arrived through</source>
        <translation>Llegó por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>vigia::RecordHistoryPanel</name>
    <message>
        <source>Every answer</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <source>%1: chain of changes intact</source>
        <translation>%1: cadena de cambios intacta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its clock was ahead of this device&apos;s by more than ten minutes; its times may be too late.</source>
        <translation>%1: su reloj iba más de diez minutos adelantado respecto al de este dispositivo; sus horas pueden ser demasiado tardías.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Answer whose changes are shown</source>
        <translation>Respuesta cuyos cambios se muestran</translation>
    </message>
    <message>
        <source>Changes of this record, oldest first</source>
        <translation>Cambios de este registro, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Devices that wrote these changes</source>
        <translation>Dispositivos que escribieron estos cambios</translation>
    </message>
    <message>
        <source>Sho&amp;w changes of:</source>
        <translation>Cambios &amp;de:</translation>
    </message>
</context>
<context>
    <name>vigia::RecordListModel</name>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(aún sin texto)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>vigia::RecordPages</name>
    <message>
        <source>counting the records to export</source>
        <translation>al contar los registros que se exportarán</translation>
    </message>
    <message>
        <source>reading the records to export</source>
        <translation>al leer los registros que se exportarán</translation>
    </message>
</context>
<context>
    <name>vigia::RecordPreview</name>
    <message>
        <source>Record preview</source>
        <translation>Vista previa del registro</translation>
    </message>
    <message>
        <source>Select a record to see it here. Press Enter to open it.</source>
        <translation>Seleccione un registro para verlo aquí. Presione Enter para abrirlo.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sensitive: open the record to read it.</source>
        <translation>Dato sensible: abra el registro para leerlo.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordRedaction</name>
    <message>
        <source>checking who may remove a value</source>
        <translation>comprobando quién puede eliminar un valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of a record; name a field of its form.</source>
        <translation>&quot;%1&quot; no es una respuesta de un registro; indique un campo de su formulario.</translation>
    </message>
    <message>
        <source>Only the researcher who created record %1, or a coordinator, may remove its answers. Ask your coordinator to do it.</source>
        <translation>Solo la persona investigadora que creó el registro %1, o una persona que coordina, puede eliminar sus respuestas. Pida a la coordinación que lo haga.</translation>
    </message>
    <message>
        <source>removing a value</source>
        <translation>eliminando un valor</translation>
    </message>
</context>
<context>
    <name>vigia::RecordStore</name>
    <message>
        <source>&apos;%1&apos; is not a record id. A record id looks like 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</source>
        <translation>&apos;%1&apos; no es un ID de registro. Un ID de registro tiene este aspecto: 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</translation>
    </message>
    <message>
        <source>A record needs a form id. Name the form to use.</source>
        <translation>Un registro necesita un ID de formulario. Indique el formulario que se usará.</translation>
    </message>
    <message>
        <source>Record %1 is deleted. Restore it before changing it.</source>
        <translation>El registro %1 está eliminado. Restáurelo antes de cambiarlo.</translation>
    </message>
    <message>
        <source>Record %1 is finalized. Reopen it before changing it.</source>
        <translation>El registro %1 está finalizado. Reábralo antes de cambiarlo.</translation>
    </message>
    <message>
        <source>Record %1 is deleted. Restore it before reopening it.</source>
        <translation>El registro %1 está eliminado. Restáurelo antes de reabrirlo.</translation>
    </message>
    <message>
        <source>Record %1 is not finalized, so there is nothing to reopen.</source>
        <translation>El registro %1 no está finalizado, así que no hay nada que reabrir.</translation>
    </message>
    <message>
        <source>Record %1 is not deleted, so there is nothing to restore.</source>
        <translation>El registro %1 no está eliminado, así que no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>El registro %1 ya está eliminado.</translation>
    </message>
    <message>
        <source>No record %1 exists in this workspace. List the records to find its id.</source>
        <translation>No existe ningún registro %1 en este espacio de trabajo. Liste los registros para encontrar su ID.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>leer un registro</translation>
    </message>
    <message>
        <source>listing records</source>
        <translation>listar registros</translation>
    </message>
    <message>
        <source>counting records</source>
        <translation>contar registros</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid field name. Use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter; a field in a repeat is written like members[2]/age.</source>
        <translation>&apos;%1&apos; no es un nombre de campo válido. Use letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;, y empiece con una letra; un campo dentro de una repetición se escribe como members[2]/age.</translation>
    </message>
    <message>
        <source>reading the codings of the record</source>
        <translation>leyendo las codificaciones del registro</translation>
    </message>
</context>
<context>
    <name>vigia::RecordTally</name>
    <message>
        <source>counting records</source>
        <translation>contar registros</translation>
    </message>
</context>
<context>
    <name>vigia::RecordText</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulario:</translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation>Versión del formulario:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Eliminado:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autoría:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflictos:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>FORMULARIO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <source>%1, deleted</source>
        <translation>%1, eliminado</translation>
    </message>
</context>
<context>
    <name>vigia::RecordWriteCheck</name>
    <message>
        <source>This bundle changes record %1, which device %2 did not create; only the record&apos;s author and the coordinators write it, and only a coordinator settles a conflict on another member&apos;s record. Nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este paquete cambia el registro %1, que el dispositivo %2 no creó; solo la persona autora del registro y las personas coordinadoras lo escriben, y solo una persona coordinadora resuelve un conflicto en el registro de otra persona del proyecto. No se importó nada. Avise a la persona coordinadora que lo envió.</translation>
    </message>
    <message>
        <source>checking who may change a record</source>
        <translation>al comprobar quién puede cambiar un registro</translation>
    </message>
</context>
<context>
    <name>vigia::RecordsPage</name>
    <message>
        <source>All forms</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Search the records&apos; text (Ctrl+F)</source>
        <translation>Buscar en el texto de los registros (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Filter by form</source>
        <translation>Filtrar por formulario</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <source>Records dated from</source>
        <translation>Registros con fecha desde</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Records dated until</source>
        <translation>Registros con fecha hasta</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>Iniciar un nuevo registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Abrir el registro seleccionado (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete); it can be restored</source>
        <translation>Eliminar el registro seleccionado (Supr); se puede restaurar</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation>Se eliminó el registro.</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>There is no form in this workspace yet. Import a form first, then start a record.</source>
        <translation>Aún no hay ningún formulario en este espacio de trabajo. Importe primero un formulario y luego inicie un registro.</translation>
    </message>
    <message>
        <source>Which form is the record for?</source>
        <translation>¿Para qué formulario es el registro?</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Delete the selected record? You can restore it right after with Undo delete.</source>
        <translation>¿Eliminar el registro seleccionado? Puede restaurarlo justo después con Deshacer eliminación.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>More than %L1 records</source>
        <translation>Más de %L1 registros</translation>
    </message>
    <message>
        <source>The records could not be counted: %1</source>
        <translation>No se pudieron contar los registros: %1</translation>
    </message>
    <message>
        <source>Close record</source>
        <translation>Cerrar registro</translation>
    </message>
    <message>
        <source>%1

The record stays open so that nothing you typed is lost. Free some disk space, or close other programs that use the workspace, then close it again.</source>
        <translation>%1

El registro sigue abierto para que no se pierda nada de lo que escribió. Libere espacio en el disco o cierre otros programas que usen el espacio de trabajo, y vuelva a cerrarlo.</translation>
    </message>
    <message>
        <source>For&amp;m:</source>
        <translation>F&amp;ormulario:</translation>
    </message>
    <message>
        <source>No records match</source>
        <translation>Ningún registro coincide</translation>
    </message>
    <message>
        <source>No records match the search and the filters. Press Esc in the search box to clear it, or choose other filters.</source>
        <translation>Ningún registro coincide con la búsqueda y los filtros. Presione Esc en el cuadro de búsqueda para borrarla o elija otros filtros.</translation>
    </message>
    <message>
        <source>No records yet. Start one with New record (Ctrl+N).</source>
        <translation>Todavía no hay registros. Empiece uno con Nuevo registro (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RedactAnswerDialog</name>
    <message>
        <source>Remove an answer everywhere</source>
        <translation>Eliminar una respuesta en todas partes</translation>
    </message>
    <message>
        <source>Use this when an answer holds what it must not, such as a child&apos;s name typed by mistake. Edit the answer into what it should say: every earlier version of it is removed from this device now, and from every other device when the removal reaches it with the next bundle or sync.</source>
        <translation>Use esto cuando una respuesta contiene lo que no debe, como el nombre de una niña o un niño escrito por error. Corrija la respuesta para que diga lo que debe decir: todas sus versiones anteriores se eliminan ahora de este dispositivo, y de cada uno de los demás cuando la eliminación le llegue con el siguiente paquete o sincronización.</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;New text:</source>
        <translation>&amp;Nuevo texto:</translation>
    </message>
    <message>
        <source>This cannot be undone. Only the researcher who created the record, or a coordinator, may do it.</source>
        <translation>No se puede deshacer. Solo la persona investigadora que creó el registro, o una persona que coordina, puede hacerlo.</translation>
    </message>
    <message>
        <source>&amp;Remove everywhere</source>
        <translation>&amp;Eliminar en todas partes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigia::Redactions</name>
    <message>
        <source>A removal of a value in this data is malformed. Nothing was applied; ask the sender to export it again.</source>
        <translation>Una eliminación de un valor en estos datos está mal formada. No se aplicó nada; pida a quien los envió que los exporte de nuevo.</translation>
    </message>
    <message>
        <source>removing a value</source>
        <translation>eliminando un valor</translation>
    </message>
</context>
<context>
    <name>vigia::ReferenceData</name>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>The reference data file %1 is missing. Restore it, or stop using the folder of edited reference data so that Vigia uses its built-in copy.</source>
        <translation>Falta el archivo de datos de referencia %1. Restáurelo, o deje de usar la carpeta de datos de referencia editados para que Vigia use su copia integrada.</translation>
    </message>
    <message>
        <source>Could not read the reference data file %1 (%2). Check that the file can be read by your user account.</source>
        <translation>No se pudo leer el archivo de datos de referencia %1 (%2). Compruebe que su cuenta en esta computadora pueda leer el archivo.</translation>
    </message>
    <message>
        <source>The reference data file %1 is not valid JSON: %2 at line %3 (byte offset %4). Correct the file there, or restore the copy shipped with Vigia.</source>
        <translation>El archivo de datos de referencia %1 no es JSON válido: %2 en la línea %3 (posición en bytes %4). Corrija el archivo en ese punto o restaure la copia incluida con Vigia.</translation>
    </message>
    <message>
        <source>The reference data file %1 has no valid &quot;version&quot; (a whole number from 1). Add one, and raise it whenever the file is edited.</source>
        <translation>El archivo de datos de referencia %1 no tiene un &quot;version&quot; válido (un número entero a partir de 1). Agréguelo y auméntelo cada vez que se edite el archivo.</translation>
    </message>
    <message>
        <source>The reference data file %1 has no &quot;%2&quot; list, or the list is empty. Add it, or restore the copy shipped with Vigia.</source>
        <translation>El archivo de datos de referencia %1 no tiene la lista &quot;%2&quot;, o la lista está vacía. Agréguela o restaure la copia incluida con Vigia.</translation>
    </message>
    <message>
        <source>In %1, entry %2 of the &quot;%3&quot; list has no &quot;%4&quot;. Give every entry a unique &quot;%4&quot;.</source>
        <translation>En %1, la entrada %2 de la lista &quot;%3&quot; no tiene &quot;%4&quot;. Asigne a cada entrada un &quot;%4&quot; único.</translation>
    </message>
    <message>
        <source>In %1, &quot;%2&quot; in the &quot;%3&quot; list is not an ISO 3166-1 alpha-2 country code. Use two capital letters, such as &quot;AR&quot;.</source>
        <translation>En %1, &quot;%2&quot; de la lista &quot;%3&quot; no es un código de país ISO 3166-1 alfa-2. Use dos letras mayúsculas, como &quot;AR&quot;.</translation>
    </message>
    <message>
        <source>In %1, the id &quot;%2&quot; in the &quot;%3&quot; list is not valid. Use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>En %1, el ID &quot;%2&quot; de la lista &quot;%3&quot; no es válido. Use letras minúsculas, dígitos y guiones bajos, y empiece con una letra.</translation>
    </message>
    <message>
        <source>In %1, the &quot;%2&quot; list contains &quot;%3&quot; more than once. Remove the duplicate entry or give it another id.</source>
        <translation>En %1, la lista &quot;%2&quot; contiene &quot;%3&quot; más de una vez. Elimine la entrada duplicada o asígnele otro ID.</translation>
    </message>
    <message>
        <source>In %1, &quot;%2&quot; in the &quot;%3&quot; list has no %4 text (&quot;%5&quot; under &quot;%6&quot;). Add it: every entry needs English (en), Spanish (es) and Portuguese (pt) text.</source>
        <translation>En %1, &quot;%2&quot; de la lista &quot;%3&quot; no tiene texto en %4 (&quot;%5&quot; dentro de &quot;%6&quot;). Agréguelo: cada entrada necesita texto en inglés (en), español (es) y portugués (pt).</translation>
    </message>
    <message>
        <source>In %1, the &quot;%2&quot; field of &quot;%3&quot; in the &quot;%4&quot; list must be a list of non-empty texts, such as [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>En %1, el campo &quot;%2&quot; de &quot;%3&quot; en la lista &quot;%4&quot; debe ser una lista de textos no vacíos, como [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>The reference data folder %1 does not exist. Choose the folder that holds countries.json, border_zones.json and taxonomy.json.</source>
        <translation>La carpeta de datos de referencia %1 no existe. Elija la carpeta que contiene countries.json, border_zones.json y taxonomy.json.</translation>
    </message>
    <message>
        <source>%1 (built into Vigia)</source>
        <translation>%1 (integrado en Vigia)</translation>
    </message>
    <message>
        <source>In %1, the country &quot;%2&quot; has the subregion &quot;%3&quot;, which is not in the &quot;subregions&quot; list. Use one of: %4.</source>
        <translation>En %1, el país &quot;%2&quot; tiene la subregión &quot;%3&quot;, que no está en la lista &quot;subregions&quot;. Use una de estas: %4.</translation>
    </message>
    <message>
        <source>In %1, the country &quot;%2&quot; belongs to the bloc &quot;%3&quot;, which is not in the &quot;blocs&quot; list. Add the bloc there, or remove it from the country.</source>
        <translation>En %1, el país &quot;%2&quot; pertenece al bloque &quot;%3&quot;, que no está en la lista &quot;blocs&quot;. Agregue el bloque a esa lista o quítelo del país.</translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists no countries. Add the codes of the Latin American and Caribbean countries it spans.</source>
        <translation>En %1, la zona fronteriza &quot;%2&quot; no incluye ningún país. Agregue los códigos de los países de América Latina y el Caribe que abarca.</translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; names the country &quot;%3&quot;, which is not in %4. Use the code of a Latin American or Caribbean country, or list a country outside the region under &quot;external_countries&quot;.</source>
        <translation>En %1, la zona fronteriza &quot;%2&quot; menciona el país &quot;%3&quot;, que no está en %4. Use el código de un país de América Latina o el Caribe, o incluya los países de fuera de la región en &quot;external_countries&quot;.</translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists &quot;%3&quot; under &quot;external_countries&quot;, which is not an ISO 3166-1 alpha-2 code. Use two capital letters, such as &quot;US&quot;.</source>
        <translation>En %1, la zona fronteriza &quot;%2&quot; incluye &quot;%3&quot; en &quot;external_countries&quot;, pero no es un código ISO 3166-1 alfa-2. Use dos letras mayúsculas, como &quot;US&quot;.</translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists &quot;%3&quot; under &quot;external_countries&quot;, but it is a country of the region. Move it to &quot;countries&quot;.</source>
        <translation>En %1, la zona fronteriza &quot;%2&quot; incluye &quot;%3&quot; en &quot;external_countries&quot;, pero es un país de la región. Muévalo a &quot;countries&quot;.</translation>
    </message>
    <message>
        <source>The reference data file %1 does not hold a JSON object ({ … }) at the top level. Restore the copy shipped with Vigia.</source>
        <translation>El archivo de datos de referencia %1 no contiene un objeto JSON ({ … }) en el nivel superior. Restaure la copia incluida con Vigia.</translation>
    </message>
    <message>
        <source>In %1, entry %2 of the &quot;%3&quot; list is not an object ({ … }). Correct it, or restore the copy shipped with Vigia.</source>
        <translation>En %1, la entrada %2 de la lista &quot;%3&quot; no es un objeto ({ … }). Corríjala o restaure la copia incluida con Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::RefiQdaExport</name>
    <message>
        <source>The codebook has no code, so there is nothing to export for qualitative analysis. Add codes on the Codebook page first.</source>
        <translation>El libro de códigos no tiene ningún código, así que no hay nada que exportar para el análisis cualitativo. Agregue primero códigos en la página Libro de códigos.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder is writable and the disk has room, then export again.</source>
        <translation>No se pudo escribir %1: %2. Compruebe que se puede escribir en la carpeta y que el disco tiene espacio, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Vigia coded narratives</source>
        <translation>Narrativas codificadas de Vigia</translation>
    </message>
</context>
<context>
    <name>vigia::RefiQdaProjectWriter</name>
    <message>
        <source>Could not write the REFI-QDA project %1: %2. Check that the folder is writable and the disk has room, then export again.</source>
        <translation>No se pudo escribir el proyecto REFI-QDA %1: %2. Compruebe que se puede escribir en la carpeta y que el disco tiene espacio, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>the zip file could not be created</source>
        <translation>no se pudo crear el archivo zip</translation>
    </message>
    <message>
        <source>the zip file could not be completed</source>
        <translation>no se pudo completar el archivo zip</translation>
    </message>
    <message>
        <source>the entry %1 could not be added</source>
        <translation>no se pudo agregar la entrada %1</translation>
    </message>
    <message>
        <source>the entry %1 could not be written</source>
        <translation>no se pudo escribir la entrada %1</translation>
    </message>
</context>
<context>
    <name>vigia::RegionChart</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 (%2) by country, %3</source>
        <translation>%1 (%2) por país, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n country(s) reported in another unit than %1 and are not compared.</source>
        <translation>
            <numerusform>%n país informó en otra unidad que %1 y no se compara.</numerusform>
            <numerusform>%n países informaron en otra unidad que %1 y no se comparan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RekeyStoreDialog</name>
    <message>
        <source>That is not the passphrase of this workspace, so nothing was changed. Check Caps Lock and try again.</source>
        <translation>Esa no es la frase de contraseña de este espacio de trabajo, así que no se cambió nada. Compruebe Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Change the store key</source>
        <translation>Cambiar la clave del almacén</translation>
    </message>
    <message>
        <source>Vigia will copy every record into a new store locked with a new random key, check the copy, and put it in the store&apos;s place. The old key will not open the store any more; copies of the workspace made before keep their old key.

It takes a moment for a large store. Meanwhile the records are closed and the sync stops; Vigia opens them again when it is done. Close any other Vigia window and any vigiactl using this workspace first.

Your passphrase stays the same. Type it to continue.</source>
        <translation>Vigia copiará todos los registros en un nuevo almacén de datos cerrado con una nueva clave aleatoria, comprobará la copia y la pondrá en el lugar del almacén. La clave anterior ya no abrirá el almacén; las copias del espacio de trabajo hechas antes conservan su clave anterior.

Con un almacén grande, tarda un momento. Mientras tanto, los registros se cierran y la sincronización se detiene; Vigia vuelve a abrirlos cuando termina. Antes, cierre cualquier otra ventana de Vigia y cualquier vigiactl que use este espacio de trabajo.

Su frase de contraseña no cambia. Escríbala para continuar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change the store key</source>
        <translation>&amp;Cambiar la clave del almacén</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigia::RepeatInstanceCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>vigia::RepeatSection</name>
    <message>
        <source>%1 %2</source>
        <comment>repeat card title: the repeat&apos;s label, the instance number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>button below the cards of a repeat</comment>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button on a repeat card</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>accessible name: the card&apos;s title</comment>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>vigia::ReportCommands</name>
    <message>
        <source>&apos;%1&apos; is not a country code: give two letters such as GT.</source>
        <translation>«%1» no es un código de país: indique dos letras, como GT.</translation>
    </message>
    <message>
        <source>Give the year of the report with --period YEAR, e.g. --period 2026.</source>
        <translation>Indique el año del informe con --period YEAR, p. ej. --period 2026.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out FILE.pdf.</source>
        <translation>Indique el archivo PDF que se escribirá con --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Country report of %1 for %2 written to %3.</source>
        <translation>Informe de país de %1 para %2 escrito en %3.</translation>
    </message>
</context>
<context>
    <name>vigia::RestoreMark</name>
    <message>
        <source>reading whether this workspace was restored</source>
        <translation>leer si este espacio de trabajo se restauró</translation>
    </message>
    <message>
        <source>The note that this workspace was restored from a backup is damaged. Ask your coordinator whether this device sent changes after the backup, then confirm the restore to send again.</source>
        <translation>La nota que indica que este espacio de trabajo se restauró desde una copia de seguridad está dañada. Pregunte a la persona que coordina si este dispositivo envió cambios después de la copia de seguridad y luego confirme la restauración para volver a enviar.</translation>
    </message>
    <message>
        <source>noting that this workspace was restored</source>
        <translation>anotar que este espacio de trabajo se restauró</translation>
    </message>
    <message>
        <source>confirming the restore</source>
        <translation>confirmar la restauración</translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1, so it sends nothing for now: the lost copy of this device may have sent changes after that backup, and sending new ones under the same numbers would give the coordinator two versions of this device&apos;s history. A sync with the hub checks this by itself. Without a hub, ask your coordinator whether they received changes from this device made after that date, then confirm the restore in Settings &gt; Backups. On the command line: vigiactl confirm-restore. Records stay editable meanwhile.</source>
        <translation>Este espacio de trabajo se restauró desde una copia de seguridad hecha el %1, así que por ahora no envía nada: la copia perdida de este dispositivo puede haber enviado cambios después de esa copia de seguridad, y enviar otros nuevos con los mismos números daría a la coordinación dos versiones del historial de este dispositivo. Una sincronización con el hub lo comprueba por sí sola. Sin hub, pregunte a la persona que coordina si recibió cambios de este dispositivo hechos después de esa fecha y luego confirme la restauración en Configuración &gt; Copias de seguridad. En la línea de comandos: vigiactl confirm-restore. Mientras tanto, los registros se pueden seguir editando.</translation>
    </message>
    <message numerus="yes">
        <source>This workspace was restored from a backup taken on %1, and a receipt shows that the lost copy of this device sent %n change(s) after that backup. So it sends nothing: new changes under the same numbers would give the others two versions of this device&apos;s history. Ask your coordinator what to do before confirming the restore in Settings &gt; Backups (vigiactl confirm-restore). Records stay editable meanwhile.</source>
        <translation>
            <numerusform>Este espacio de trabajo se restauró de una copia de seguridad del %1, y un acuse de recibo muestra que la copia perdida de este dispositivo envió %n cambio después de esa copia. Por eso no envía nada: cambios nuevos con los mismos números darían a los demás dos versiones del historial de este dispositivo. Pregunte a su persona coordinadora qué hacer antes de confirmar la restauración en Configuración &gt; Copias de seguridad (vigiactl confirm-restore). Mientras tanto, los registros se pueden seguir editando.</numerusform>
            <numerusform>Este espacio de trabajo se restauró de una copia de seguridad del %1, y un acuse de recibo muestra que la copia perdida de este dispositivo envió %n cambios después de esa copia. Por eso no envía nada: cambios nuevos con los mismos números darían a los demás dos versiones del historial de este dispositivo. Pregunte a su persona coordinadora qué hacer antes de confirmar la restauración en Configuración &gt; Copias de seguridad (vigiactl confirm-restore). Mientras tanto, los registros se pueden seguir editando.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1, and a receipt shows that the lost copy of this device sent changes after that backup under the same numbers as changes written here since the restore: there are now two versions of this device&apos;s history. So it sends nothing. Ask your coordinator what to do before confirming the restore in Settings &gt; Backups (vigiactl confirm-restore). Records stay editable meanwhile.</source>
        <translation>Este espacio de trabajo se restauró de una copia de seguridad del %1, y un acuse de recibo muestra que la copia perdida de este dispositivo envió cambios después de esa copia con los mismos números que cambios escritos aquí desde la restauración: ahora hay dos versiones del historial de este dispositivo. Por eso no envía nada. Pregunte a su persona coordinadora qué hacer antes de confirmar la restauración en Configuración &gt; Copias de seguridad (vigiactl confirm-restore). Mientras tanto, los registros se pueden seguir editando.</translation>
    </message>
</context>
<context>
    <name>vigia::RestoredFile</name>
    <message>
        <source>Could not write the restored workspace beside %1 (%2). Free some space and try again; nothing was restored.</source>
        <translation>No se pudo escribir el espacio de trabajo restaurado junto a %1 (%2). Libere espacio e inténtelo de nuevo; no se restauró nada.</translation>
    </message>
</context>
<context>
    <name>vigia::ReviewBar</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Necesita cambios</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Review not changed</source>
        <translation>Revisión sin cambios</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Re&amp;visión:</translation>
    </message>
    <message>
        <source>Filter by review state</source>
        <translation>Filtrar por estado de revisión</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Cualquier estado de revisión</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Ap&amp;robar</translation>
    </message>
    <message>
        <source>Approve the selected finalized records</source>
        <translation>Aprobar los registros finalizados seleccionados</translation>
    </message>
    <message>
        <source>Set stat&amp;e</source>
        <translation>Ca&amp;mbiar estado</translation>
    </message>
    <message>
        <source>Set the review state of the selected finalized records</source>
        <translation>Establecer el estado de revisión de los registros finalizados seleccionados</translation>
    </message>
</context>
<context>
    <name>vigia::ReviewCommands</name>
    <message>
        <source>&apos;%1&apos; is not a review state: use received, approved, needs-changes or rejected.</source>
        <translation>&apos;%1&apos; no es un estado de revisión: use received, approved, needs-changes o rejected.</translation>
    </message>
    <message>
        <source>&apos;review set&apos; needs --state: received, approved, needs-changes or rejected.</source>
        <translation>&apos;review set&apos; necesita --state: received, approved, needs-changes o rejected.</translation>
    </message>
    <message>
        <source>--comment needs some text.</source>
        <translation>--comment necesita algo de texto.</translation>
    </message>
    <message>
        <source>Record %1 is now %2.</source>
        <translation>El registro %1 está ahora en %2.</translation>
    </message>
    <message>
        <source>No finalized records in this state.</source>
        <translation>No hay registros finalizados en este estado.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>FORM</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTHOR</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMMENTS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
</context>
<context>
    <name>vigia::ReviewStore</name>
    <message>
        <source>reading the record&apos;s review</source>
        <translation>al leer la revisión del registro</translation>
    </message>
    <message>
        <source>No record %1 exists. List the records to see their ids.</source>
        <translation>No existe el registro %1. Liste los registros para ver sus ids.</translation>
    </message>
    <message>
        <source>Record %1 is not finalized: only finalized records are reviewed.</source>
        <translation>El registro %1 no está finalizado: solo se revisan los registros finalizados.</translation>
    </message>
    <message>
        <source>Only a coordinator approves, rejects or asks for changes to a record. Edit and finalize record %1 again to send it back for review.</source>
        <translation>Solo una persona coordinadora aprueba, rechaza o pide cambios en un registro. Edite y vuelva a finalizar el registro %1 para enviarlo de nuevo a revisión.</translation>
    </message>
    <message>
        <source>Record %1 was created by another researcher: only a coordinator reviews it.</source>
        <translation>El registro %1 lo creó otra persona investigadora: solo una persona coordinadora lo revisa.</translation>
    </message>
    <message>
        <source>reading the review states</source>
        <translation>al leer los estados de revisión</translation>
    </message>
    <message>
        <source>reading the reviewed records</source>
        <translation>al leer los registros revisados</translation>
    </message>
</context>
<context>
    <name>vigia::RoutedImporter</name>
    <message>
        <source>This bundle belongs to the project %1, which this workspace has not joined; nothing was imported. Check that you took the bundles of your own projects.</source>
        <translation>Este paquete pertenece al proyecto %1, al que este espacio de trabajo no se ha unido; no se importó nada. Compruebe que tomó los paquetes de sus propios proyectos.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) applied</source>
        <translation>
            <numerusform>%n paquete aplicado</numerusform>
            <numerusform>%n paquetes aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n ya importado</numerusform>
            <numerusform>%n ya importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for their sender&apos;s approval</source>
        <translation>
            <numerusform>%n a la espera de la aprobación de su remitente</numerusform>
            <numerusform>%n a la espera de la aprobación de su remitente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) accepted</source>
        <translation>
            <numerusform>%n acuse de recibo aceptado</numerusform>
            <numerusform>%n acuses de recibo aceptados</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::ScreenshotSamples</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que se pueda escribir en ella.</translation>
    </message>
</context>
<context>
    <name>vigia::ScreenshotWriter</name>
    <message>
        <source>Cannot write the screenshot %1. Check that the folder is writable.</source>
        <translation>No se puede escribir la captura de pantalla %1. Compruebe que la carpeta tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the screenshots.</source>
        <translation>No se puede crear una carpeta temporal para las capturas de pantalla.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>The dialog for the screenshot %1 did not open.</source>
        <translation>El diálogo de la captura %1 no se abrió.</translation>
    </message>
    <message>
        <source>The unlock dialog did not answer in time.</source>
        <translation>El diálogo de desbloqueo no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The Records view is missing.</source>
        <translation>Falta la vista Registros.</translation>
    </message>
    <message>
        <source>The Codebook view is missing.</source>
        <translation>Falta la vista Libro de códigos.</translation>
    </message>
    <message>
        <source>The lock screen is missing.</source>
        <translation>Falta la pantalla de bloqueo.</translation>
    </message>
    <message>
        <source>The lock screen did not answer in time.</source>
        <translation>La pantalla de bloqueo no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The sample data has no finding of %1.</source>
        <translation>Los datos de ejemplo no tienen ningún hallazgo de %1.</translation>
    </message>
    <message>
        <source>The devices list is missing.</source>
        <translation>Falta la lista de dispositivos.</translation>
    </message>
    <message>
        <source>The record for the screenshot did not open.</source>
        <translation>No se abrió el registro para la captura de pantalla.</translation>
    </message>
    <message>
        <source>A broken form was imported.</source>
        <translation>Se importó un formulario defectuoso.</translation>
    </message>
    <message>
        <source>The project chooser is not shown for a workspace in two projects.</source>
        <translation>El selector de proyectos no se muestra para un espacio de trabajo en dos proyectos.</translation>
    </message>
</context>
<context>
    <name>vigia::SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>actualizar el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>vigia::SensitiveFieldStore</name>
    <message>
        <source>updating the sensitive fields</source>
        <translation>actualizar los campos sensibles</translation>
    </message>
</context>
<context>
    <name>vigia::SettingsPage</name>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Minutes without activity before Vigia locks</source>
        <translation>Minutos sin actividad antes de que Vigia se bloquee</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Vigia locks itself after this many minutes without use. Ctrl+L locks it at once.</source>
        <translation>Si no se usa durante los minutos indicados aquí, Vigia se bloquea automáticamente. Para bloquear Vigia en el momento, presione Ctrl+L.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>&amp;Default form language:</source>
        <translation>Idioma &amp;predeterminado de los formularios:</translation>
    </message>
    <message>
        <source>Default form language</source>
        <translation>Idioma predeterminado de los formularios</translation>
    </message>
    <message>
        <source>The language new and opened records show their questions in, independent of the interface language.</source>
        <translation>El idioma en que los registros nuevos y abiertos muestran sus preguntas, independientemente del idioma de la interfaz.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>Nombre del dispositivo:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Investigador/a</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation>Huella digital del dispositivo</translation>
    </message>
    <message>
        <source>Read it aloud to your coordinator when they approve this device: it must match what they see.</source>
        <translation>Cuando la persona que coordina apruebe este dispositivo, léale esta huella digital en voz alta: debe coincidir con la que aparece en la pantalla de esa persona.</translation>
    </message>
    <message>
        <source>About Vigia</source>
        <translation>Acerca de Vigia</translation>
    </message>
    <message>
        <source>Vigia %1 — offline-first monitoring of the sexual exploitation of children in Latin America and the Caribbean.
Free software under the GNU General Public License, version 3 (GPL-3.0).</source>
        <translation>Vigia %1 — monitoreo de la explotación sexual de niñas, niños y adolescentes en América Latina y el Caribe, pensado para trabajar sin conexión.
Software libre bajo la Licencia Pública General de GNU, versión 3 (GPL-3.0).</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Your passphrase was changed. From now on, unlock Vigia with the new one.</source>
        <translation>Su frase de contraseña se cambió. A partir de ahora, desbloquee Vigia con la nueva.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Bloquear después de:</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Clave del almacén</translation>
    </message>
    <message>
        <source>The records on this computer are encrypted with a key kept in your keystore. If it may have got out, a new key keeps the old one from opening the store from now on.</source>
        <translation>Los registros de esta computadora están cifrados con una clave guardada en su almacén de claves. Si esa clave pudo haberse filtrado, una nueva clave impide que, a partir de ahora, la anterior abra el almacén de datos.</translation>
    </message>
    <message>
        <source>Change the &amp;store key…</source>
        <translation>Cambiar la &amp;clave del almacén…</translation>
    </message>
</context>
<context>
    <name>vigia::SetupDevicePage</name>
    <message>
        <source>Creating the workspace and its keys. This takes a few seconds…</source>
        <translation>Creando el espacio de trabajo y sus claves. Esto tarda unos segundos…</translation>
    </message>
    <message>
        <source>This computer and you</source>
        <translation>Esta computadora y usted</translation>
    </message>
    <message>
        <source>Your coordinator sees this name next to the records you send.</source>
        <translation>La persona que coordina ve este nombre junto a los registros que usted envía.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nombre del dispositivo:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>for example: Ana - laptop</source>
        <translation>por ejemplo: Ana - laptop</translation>
    </message>
    <message>
        <source>Your first name and the kind of computer are enough.</source>
        <translation>Basta con su nombre de pila y el tipo de computadora.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>&amp;Researcher: I record findings in the field</source>
        <translation>&amp;Investigador/a: registro hallazgos en el trabajo de campo</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Investigador/a</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <source>Most people are researchers.</source>
        <translation>La mayoría de las personas son investigadoras.</translation>
    </message>
    <message>
        <source>C&amp;oordinator: I review and merge my team&apos;s records</source>
        <translation>C&amp;oordinador/a: reviso y fusiono los registros de mi equipo</translation>
    </message>
</context>
<context>
    <name>vigia::SetupLanguagePage</name>
    <message>
        <source>Welcome to Vigia</source>
        <translation>Le damos la bienvenida a Vigia</translation>
    </message>
    <message>
        <source>A few questions set up this computer. It takes a minute.</source>
        <translation>Unas pocas preguntas configuran esta computadora. Toma un minuto.</translation>
    </message>
    <message>
        <source>Vigia keeps your records on this computer, encrypted, and sends them to your coordinator when you choose. First, pick the language of the interface. You can change it later in Settings.</source>
        <translation>Vigia guarda sus registros en esta computadora, cifrados, y los envía a la persona que coordina cuando usted lo decida. Primero, elija el idioma de la interfaz. Puede cambiarlo más tarde en Configuración.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Set up this computer as a ne&amp;w device</source>
        <translation>Configurar esta computadora como un &amp;nuevo dispositivo</translation>
    </message>
    <message>
        <source>Set up a new device</source>
        <translation>Configurar un nuevo dispositivo</translation>
    </message>
    <message>
        <source>&amp;Restore a workspace from a backup</source>
        <translation>&amp;Restaurar un espacio de trabajo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>vigia::SetupPassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>It encrypts everything Vigia keeps on this computer.</source>
        <translation>Cifra todo lo que Vigia guarda en esta computadora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt;, not your coordinator and not the Vigia team. If you forget it, the records on this computer that were not sent yet are lost. Write it down and keep it somewhere safe, away from the computer.</source>
        <translation>&lt;b&gt;Nadie puede recuperar una frase de contraseña perdida&lt;/b&gt;, ni la persona que coordina ni el equipo de Vigia. Si la olvida, se perderán los registros de esta computadora que aún no se hayan enviado. Anótela y guárdela en un lugar seguro, lejos de la computadora.</translation>
    </message>
    <message>
        <source>I understand that a lost passphrase cannot be recovered</source>
        <translation>Entiendo que una frase de contraseña perdida no se puede recuperar</translation>
    </message>
</context>
<context>
    <name>vigia::SetupRestorePage</name>
    <message>
        <source>Choose the backup</source>
        <translation>Elija la copia de seguridad</translation>
    </message>
    <message>
        <source>Vigia backups (*.vigiabackup)</source>
        <translation>Copias de seguridad de Vigia (*.vigiabackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup. This takes a while for a large workspace…</source>
        <translation>Comprobando y restaurando la copia de seguridad. Con un espacio de trabajo grande, tarda un rato…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>This computer takes the place of the one the backup was made on.</source>
        <translation>Esta computadora ocupa el lugar de aquella en la que se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase the workspace had when the backup was made. Everything is checked before anything is written; a damaged backup or a wrong passphrase changes nothing.</source>
        <translation>Elija el archivo de copia de seguridad y escriba la frase de contraseña que tenía el espacio de trabajo cuando se hizo la copia. Todo se comprueba antes de escribir nada; una copia de seguridad dañada o una frase de contraseña incorrecta no cambian nada.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Arc&amp;hivo de copia de seguridad:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>vigia::SetupWizard</name>
    <message>
        <source>Set up Vigia</source>
        <translation>Configurar Vigia</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Crear espacio de trabajo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Workspace restored</source>
        <translation>Espacio de trabajo restaurado</translation>
    </message>
    <message>
        <source>The workspace was restored. It sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device. Without a hub, ask your coordinator, then confirm it in Settings &gt; Backups.</source>
        <translation>Se restauró el espacio de trabajo. No envía ninguno de sus cambios hasta que se confirme la restauración: una sincronización con el hub la confirma por sí sola cuando el hub no tiene nada más reciente de este dispositivo. Sin hub, consulte a la persona que coordina y luego confírmela en Configuración &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore workspace</source>
        <translation>&amp;Restaurar espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>vigia::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Start a new record</source>
        <translation>Iniciar un nuevo registro</translation>
    </message>
    <message>
        <source>Search the records</source>
        <translation>Buscar en los registros</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Abrir el registro seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected record (it can be restored)</source>
        <translation>Eliminar el registro seleccionado (se puede restaurar)</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>Guardar el borrador ahora</translation>
    </message>
    <message>
        <source>Finalize the record</source>
        <translation>Finalizar el registro</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Rehacer el cambio deshecho</translation>
    </message>
    <message>
        <source>Code the selected text</source>
        <translation>Codificar el texto seleccionado</translation>
    </message>
    <message>
        <source>Lock Vigia now</source>
        <translation>Bloquear Vigia ahora</translation>
    </message>
    <message>
        <source>Go to Records</source>
        <translation>Ir a Registros</translation>
    </message>
    <message>
        <source>Go to Codebook</source>
        <translation>Ir a Libro de códigos</translation>
    </message>
    <message>
        <source>Go to Sync</source>
        <translation>Ir a Sincronización</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>Ir a Configuración</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Mostrar esta lista</translation>
    </message>
    <message>
        <source>Go to the next field to correct</source>
        <translation>Ir al siguiente campo por corregir</translation>
    </message>
    <message>
        <source>Go to Targets</source>
        <translation>Ir a Metas</translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation>Ir al Panel</translation>
    </message>
    <message>
        <source>Show the history of the answer with the focus</source>
        <translation>Mostrar el historial de la respuesta que tiene el foco</translation>
    </message>
</context>
<context>
    <name>vigia::SignedFile</name>
    <message>
        <source>This file is damaged or is not a Vigia %1 file. Ask for a new copy.</source>
        <translation>Este archivo está dañado o no es un archivo de %1 de Vigia. Pida una copia nueva.</translation>
    </message>
    <message>
        <source>This is a Vigia %1 file, not a %2 file. Check which file you chose.</source>
        <translation>Este es un archivo de %1 de Vigia, no un archivo de %2. Compruebe qué archivo eligió.</translation>
    </message>
    <message>
        <source>The signature of this %1 file does not match its contents: it was altered or damaged. Do not use it; ask for a new copy.</source>
        <translation>La firma de este archivo de %1 no coincide con su contenido: fue alterado o está dañado. No lo use; pida una copia nueva.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>No existe el archivo %1. Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 is far larger than any project file. Check which file you chose.</source>
        <translation>El archivo %1 es mucho más grande que cualquier archivo de proyecto. Compruebe qué archivo eligió.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the folder exists and the disk is not full.</source>
        <translation>No se puede escribir %1 (%2). Compruebe que la carpeta exista y que el disco no esté lleno.</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubBackup</name>
    <message>
        <source>%1 exists already; nothing was written. Back up into another name.</source>
        <translation>%1 ya existe; no se escribió nada. Guarde la copia de seguridad con otro nombre.</translation>
    </message>
    <message>
        <source>copying the hub database to %1</source>
        <translation>copiar la base de datos del hub a %1</translation>
    </message>
    <message>
        <source>Could not save the backup as %1 (%2). Check the folder&apos;s free space and permissions.</source>
        <translation>No se pudo guardar la copia de seguridad como %1 (%2). Compruebe el espacio libre y los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check (%2) and was removed. Check the disk, then try again.</source>
        <translation>La copia de seguridad %1 no pasó la verificación (%2) y se eliminó. Revise el disco y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubErrors</name>
    <message>
        <source>The hub serves no project with this id; %1 was refused.</source>
        <translation>El hub no atiende ningún proyecto con este ID; no se permitió %1.</translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation>El hub no atiende ningún proyecto con este ID.</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubMessages</name>
    <message>
        <source>storing the receipt</source>
        <translation>guardar el acuse de recibo</translation>
    </message>
    <message>
        <source>The receipt was not stored; try again.</source>
        <translation>No se guardó el acuse de recibo; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>listing the project&apos;s receipts</source>
        <translation>listar los acuses de recibo del proyecto</translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation>El hub no atiende ningún proyecto con este ID.</translation>
    </message>
    <message>
        <source>reading who sent the bundles</source>
        <translation>leer qué dispositivos enviaron los paquetes</translation>
    </message>
    <message>
        <source>An invitation with this code exists already; nothing was added. Make a new invitation.</source>
        <translation>Ya existe una invitación con este código; no se agregó nada. Cree una invitación nueva.</translation>
    </message>
    <message>
        <source>saving the invitation</source>
        <translation>guardar la invitación</translation>
    </message>
    <message>
        <source>redeeming the invitation</source>
        <translation>canjear la invitación</translation>
    </message>
    <message>
        <source>This invitation code is unknown, used already or expired. Ask for a new invitation.</source>
        <translation>Este código de invitación es desconocido, ya se usó o expiró. Pida una invitación nueva.</translation>
    </message>
    <message>
        <source>saving the join request</source>
        <translation>guardar la solicitud de incorporación</translation>
    </message>
    <message>
        <source>reading the join requests</source>
        <translation>leer las solicitudes de incorporación</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubSchema</name>
    <message>
        <source>reading the hub database&apos;s schema</source>
        <translation>leer el esquema de la base de datos del hub</translation>
    </message>
    <message>
        <source>%1 is not a vigia-hub database; nothing was changed. Give the hub a file of its own.</source>
        <translation>%1 no es una base de datos de vigia-hub; no se cambió nada. Asigne al hub un archivo propio.</translation>
    </message>
    <message>
        <source>The hub database %1 was written by a newer vigia-hub (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>La base de datos del hub %1 fue escrita por una versión más reciente de vigia-hub (esquema %2; esta versión admite hasta el %3). Instale la versión más reciente para abrirla.</translation>
    </message>
    <message>
        <source>creating the hub id</source>
        <translation>crear el ID del hub</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubStore</name>
    <message>
        <source>The hub database %1 has no valid hub id. Restore it from a backup.</source>
        <translation>La base de datos del hub %1 no tiene un ID del hub válido. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>reading the hub id</source>
        <translation>leer el ID del hub</translation>
    </message>
    <message>
        <source>A project slot with this token exists already; nothing was added. Create the slot with a new token.</source>
        <translation>Ya existe un cupo de proyecto con este token; no se agregó nada. Cree el cupo con un token nuevo.</translation>
    </message>
    <message>
        <source>adding a project slot</source>
        <translation>agregar un cupo de proyecto</translation>
    </message>
    <message>
        <source>registering the project</source>
        <translation>registrar el proyecto</translation>
    </message>
    <message>
        <source>No unused project slot has this token; nothing was registered. Each token registers one project: ask the hub&apos;s operator for a new one.</source>
        <translation>Ningún cupo de proyecto sin usar tiene este token; no se registró nada. Cada token registra un solo proyecto: pida uno nuevo a quien opera el hub.</translation>
    </message>
    <message>
        <source>The hub already serves a project with this id; nothing was registered. A project registers once, then sends new manifests.</source>
        <translation>El hub ya atiende un proyecto con este ID; no se registró nada. Un proyecto se registra una sola vez y después envía manifiestos nuevos.</translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation>El hub no atiende ningún proyecto con este ID.</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>leer el proyecto</translation>
    </message>
    <message>
        <source>replacing the project&apos;s manifest</source>
        <translation>reemplazar el manifiesto del proyecto</translation>
    </message>
    <message>
        <source>The project&apos;s manifest changed meanwhile (the hub holds version %1, not %2); nothing was replaced. Read the new manifest and try again.</source>
        <translation>El manifiesto del proyecto cambió mientras tanto (el hub tiene la versión %1, no la %2); no se reemplazó nada. Lea el manifiesto nuevo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>storing the project&apos;s devices</source>
        <translation>guardar los dispositivos del proyecto</translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest on this hub.</source>
        <translation>Este dispositivo no está en el manifiesto del proyecto en este hub.</translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation>leer el dispositivo</translation>
    </message>
    <message>
        <source>The hub database holds a device with an unknown role. Restore it from a backup.</source>
        <translation>La base de datos del hub contiene un dispositivo con un rol desconocido. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>reading the project&apos;s devices</source>
        <translation>leer los dispositivos del proyecto</translation>
    </message>
    <message>
        <source>saving a sign-in challenge</source>
        <translation>guardar un desafío de inicio de sesión</translation>
    </message>
    <message>
        <source>checking a sign-in challenge</source>
        <translation>comprobar un desafío de inicio de sesión</translation>
    </message>
    <message>
        <source>saving a session</source>
        <translation>guardar una sesión</translation>
    </message>
    <message>
        <source>This session is unknown or has expired; sign in again.</source>
        <translation>Esta sesión es desconocida o expiró; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation>leer la sesión</translation>
    </message>
    <message>
        <source>removing expired uploads</source>
        <translation>quitar las subidas expiradas</translation>
    </message>
    <message>
        <source>reading the bundle</source>
        <translation>leer el paquete</translation>
    </message>
    <message>
        <source>The hub holds no such bundle for this project.</source>
        <translation>El hub no tiene ese paquete para este proyecto.</translation>
    </message>
    <message>
        <source>The bundle is %1 bytes, not the %2 announced; nothing was stored.</source>
        <translation>El paquete tiene %1 bytes, no los %2 anunciados; no se guardó nada.</translation>
    </message>
    <message>
        <source>storing the bundle</source>
        <translation>guardar el paquete</translation>
    </message>
    <message>
        <source>listing the project&apos;s bundles</source>
        <translation>listar los paquetes del proyecto</translation>
    </message>
    <message>
        <source>A byte range cannot start or run backwards.</source>
        <translation>Un rango de bytes no puede empezar ni extenderse hacia atrás.</translation>
    </message>
    <message>
        <source>reading the bundle&apos;s bytes</source>
        <translation>leer los bytes del paquete</translation>
    </message>
    <message>
        <source>The range starts at byte %1, past the end of the bundle (%2 bytes).</source>
        <translation>El rango empieza en el byte %1, después del final del paquete (%2 bytes).</translation>
    </message>
    <message>
        <source>counting what the hub holds</source>
        <translation>contar lo que contiene el hub</translation>
    </message>
    <message>
        <source>listing the projects</source>
        <translation>listar los proyectos</translation>
    </message>
    <message>
        <source>blocking the device</source>
        <translation>bloquear el dispositivo</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubUploads</name>
    <message>
        <source>An upload cannot have a negative length.</source>
        <translation>Una subida no puede tener una longitud negativa.</translation>
    </message>
    <message>
        <source>creating the upload</source>
        <translation>crear la subida</translation>
    </message>
    <message>
        <source>The hub has no such upload (it may have expired); start it again.</source>
        <translation>El hub no tiene esa subida (puede que haya expirado); iníciela de nuevo.</translation>
    </message>
    <message>
        <source>reading the upload</source>
        <translation>leer la subida</translation>
    </message>
    <message>
        <source>counting the device&apos;s uploads in progress</source>
        <translation>contar las subidas en curso del dispositivo</translation>
    </message>
    <message>
        <source>saving the uploaded bytes</source>
        <translation>guardar los bytes subidos</translation>
    </message>
    <message>
        <source>The upload stands at byte %1, not %2; nothing was saved. Resume from byte %1.</source>
        <translation>La subida está en el byte %1, no en el %2; no se guardó nada. Reanude desde el byte %1.</translation>
    </message>
    <message>
        <source>These bytes go past the upload&apos;s length of %1 bytes; nothing was saved.</source>
        <translation>Estos bytes exceden la longitud de la subida, de %1 bytes; no se guardó nada.</translation>
    </message>
    <message>
        <source>The upload&apos;s stored parts do not follow each other; delete the upload and send the bundle again.</source>
        <translation>Las partes guardadas de la subida no son consecutivas; elimine la subida y envíe el paquete de nuevo.</translation>
    </message>
    <message>
        <source>reading the uploaded bytes</source>
        <translation>leer los bytes subidos</translation>
    </message>
    <message>
        <source>deleting the upload</source>
        <translation>eliminar la subida</translation>
    </message>
    <message>
        <source>The hub has no such upload.</source>
        <translation>El hub no tiene esa subida.</translation>
    </message>
</context>
<context>
    <name>vigia::StoreCommands</name>
    <message>
        <source>Give the store a new encryption key; the old one opens nothing afterwards.</source>
        <translation>Dar al almacén de datos una nueva clave de cifrado; después, la anterior no abre nada.</translation>
    </message>
    <message>
        <source>Asks for the passphrase (the keystore is rewritten with the new key), copies the store under a new random key, checks the copy and puts it in the store&apos;s place. Every record is kept; the old key no longer opens the store. The workspace must be closed in the Vigia app and in any other vigiactl meanwhile. If the change is interrupted, the next time the workspace is opened finishes it.</source>
        <translation>Pide la frase de contraseña (el almacén de claves se reescribe con la nueva clave), copia el almacén de datos con una nueva clave aleatoria, comprueba la copia y la pone en el lugar del almacén. Se conservan todos los registros; la clave anterior ya no abre el almacén. Mientras tanto, el espacio de trabajo debe estar cerrado en la aplicación Vigia y en cualquier otro vigiactl. Si el cambio se interrumpe, se completa la próxima vez que se abra el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Changed the key of the store in %1. Every record is kept; the old key no longer opens the store.</source>
        <translation>Se cambió la clave del almacén de datos en %1. Se conservan todos los registros; la clave anterior ya no abre el almacén.</translation>
    </message>
</context>
<context>
    <name>vigia::StoreCopy</name>
    <message>
        <source>counting the changes</source>
        <translation>contar los cambios</translation>
    </message>
    <message>
        <source>The store %1 does not have 4096-byte pages, so it cannot be copied under a new key. Nothing was changed; ask for help to convert it.</source>
        <translation>El almacén de datos %1 no tiene páginas de 4096 bytes, así que no se puede copiar con una nueva clave. No se cambió nada; pida ayuda para convertirlo.</translation>
    </message>
    <message>
        <source>The copy of the store %1 could not be written to the disk. Nothing was changed; free some disk space and try again.</source>
        <translation>No se pudo escribir en el disco la copia del almacén de datos %1. No se cambió nada; libere espacio en el disco e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigia::StoreEncryption</name>
    <message>
        <source>The store in %1 could not be encrypted (%2). Nothing was lost: the plain store is still in place. Free some disk space and open the workspace again.</source>
        <translation>No se pudo cifrar el almacén de datos de %1 (%2). No se perdió nada: el almacén sin cifrar sigue en su lugar. Libere espacio en el disco y vuelva a abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>no secure memory</source>
        <translation>no hay memoria segura disponible</translation>
    </message>
    <message>
        <source>the encrypted copy did not check out</source>
        <translation>la copia cifrada no superó la verificación</translation>
    </message>
    <message>
        <source>the encrypted copy could not take the store&apos;s place</source>
        <translation>la copia cifrada no pudo ocupar el lugar del almacén de datos</translation>
    </message>
</context>
<context>
    <name>vigia::StoreRekey</name>
    <message>
        <source>The copy of the store in %1 under its new key did not check out. Nothing was changed: the store keeps its current key. Free some disk space and try again.</source>
        <translation>La copia del almacén de datos de %1 con su nueva clave no pasó la verificación. No se cambió nada: el almacén conserva su clave actual. Libere espacio en el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The store in %1 could not be replaced by its copy under the new key. Nothing was lost: the keystore holds both keys. Check the disk, then open the workspace again to finish.</source>
        <translation>No se pudo reemplazar el almacén de datos de %1 por su copia con la nueva clave. No se perdió nada: el almacén de claves contiene ambas claves. Revise el disco y vuelva a abrir el espacio de trabajo para terminar.</translation>
    </message>
    <message>
        <source>There is no Vigia workspace in %1. Check the folder.</source>
        <translation>No hay un espacio de trabajo de Vigia en %1. Compruebe la carpeta.</translation>
    </message>
    <message>
        <source>The store in %1 does not open with its key, so its key cannot be changed. Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation>El almacén de datos de %1 no se abre con su clave, así que no se puede cambiar su clave. No se cambió nada; restaure el espacio de trabajo desde una copia de seguridad o pida ayuda a la persona que coordina.</translation>
    </message>
    <message>
        <source>Not enough protected memory for the new key. Close other programs and try again.</source>
        <translation>No hay suficiente memoria protegida para la nueva clave. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigia::StreamCursors</name>
    <message>
        <source>reading what each member already holds</source>
        <translation>leer lo que cada miembro ya tiene</translation>
    </message>
    <message>
        <source>recording the exported changes</source>
        <translation>registrar los cambios exportados</translation>
    </message>
    <message>
        <source>marking changes as received</source>
        <translation>marcar cambios como recibidos</translation>
    </message>
</context>
<context>
    <name>vigia::StreamMigration</name>
    <message>
        <source>moving the project-wide changes to their stream</source>
        <translation>pasar los cambios de todo el proyecto a su flujo</translation>
    </message>
</context>
<context>
    <name>vigia::SyncCommands</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) (%1 change(s)).</source>
        <translation>
            <numerusform>Se envió %n paquete (%1 cambio(s)).</numerusform>
            <numerusform>Se enviaron %n paquetes (%1 cambio(s)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n bundle(s).</source>
        <translation>
            <numerusform>Se recibió %n paquete.</numerusform>
            <numerusform>Se recibieron %n paquetes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A coordinator confirmed %n change(s).</source>
        <translation>
            <numerusform>La coordinación confirmó %n cambio.</numerusform>
            <numerusform>La coordinación confirmó %n cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n receipt(s) to the hub.</source>
        <translation>
            <numerusform>Se envió %n acuse de recibo al hub.</numerusform>
            <numerusform>Se enviaron %n acuses de recibo al hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) wait in quarantine for their sender&apos;s approval.</source>
        <translation>
            <numerusform>%n paquete espera en cuarentena la aprobación de su remitente.</numerusform>
            <numerusform>%n paquetes esperan en cuarentena la aprobación de su remitente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s manifest was updated.</source>
        <translation>Se actualizó el manifiesto del proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the hub&apos;s. Set the right time: records carry this clock&apos;s dates.</source>
        <translation>
            <numerusform>El reloj de esta computadora difiere %n minuto del del hub. Ponga la hora correcta: los registros llevan las fechas de este reloj.</numerusform>
            <numerusform>El reloj de esta computadora difiere %n minutos del del hub. Ponga la hora correcta: los registros llevan las fechas de este reloj.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation>La dirección del hub.</translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the hub and fetch what is addressed to it.</source>
        <translation>Enviar al hub los cambios de este dispositivo y traer lo que va dirigido a él.</translation>
    </message>
    <message>
        <source>One pass (--once, the default): the project&apos;s manifest both ways, the changes not yet sent as bundles (uploads resume where a cut left them), the bundles and receipts addressed to this device, and on a coordinator the receipts for what it applied. --watch keeps syncing as the app does: on a timer, backing off while the hub cannot be reached. --hub sets the hub&apos;s address for this workspace; --pin trusts a self-hosted hub&apos;s certificate by its SHA-256 (64 hexadecimal digits). Exits with 1 and the reason when the hub cannot be reached or refuses, and with 4 while this device waits for the coordinator&apos;s approval.</source>
        <translation>Una pasada (--once, la opción por defecto): el manifiesto del proyecto en ambos sentidos, los cambios aún no enviados como paquetes (las subidas continúan donde las dejó un corte), los paquetes y acuses de recibo dirigidos a este dispositivo y, en un dispositivo de coordinación, los acuses de recibo de lo que aplicó. --watch sigue sincronizando como la aplicación: con un temporizador, espaciando los intentos mientras no se pueda alcanzar el hub. --hub fija la dirección del hub para este espacio de trabajo; --pin confía en el certificado de un hub propio por su SHA-256 (64 dígitos hexadecimales). Termina con 1 y el motivo cuando no se puede alcanzar el hub o este lo rechaza, y con 4 mientras este dispositivo espera la aprobación de la coordinación.</translation>
    </message>
    <message>
        <source>One pass, then exit (the default).</source>
        <translation>Una pasada y terminar (la opción por defecto).</translation>
    </message>
    <message>
        <source>Keep syncing until interrupted.</source>
        <translation>Seguir sincronizando hasta que se interrumpa.</translation>
    </message>
    <message>
        <source>The hub certificate&apos;s SHA-256.</source>
        <translation>El SHA-256 del certificado del hub.</translation>
    </message>
    <message>
        <source>--token TOKEN [--hub URL]</source>
        <translation>--token TOKEN [--hub URL]</translation>
    </message>
    <message>
        <source>Register this coordinator&apos;s project on a hub.</source>
        <translation>Registrar en un hub el proyecto de este dispositivo de coordinación.</translation>
    </message>
    <message>
        <source>Sends the project&apos;s manifest with the one-time token the hub&apos;s administrator printed (vigia-hub project create). The hub pins the project key: from then on it accepts only manifests signed by it.</source>
        <translation>Envía el manifiesto del proyecto con el token de un solo uso que mostró quien administra el hub (vigia-hub project create). El hub fija la clave del proyecto: desde entonces solo acepta manifiestos firmados con ella.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>The hub&apos;s one-time project token.</source>
        <translation>El token de proyecto de un solo uso del hub.</translation>
    </message>
    <message>
        <source>[--days N]</source>
        <translation>[--days N]</translation>
    </message>
    <message>
        <source>Make an invitation code for a new member, kept on the hub.</source>
        <translation>Crear un código de invitación para una persona nueva, guardado en el hub.</translation>
    </message>
    <message>
        <source>Prints a code of 21 characters to read out to the new member, who joins with project join --hub URL --code CODE. The hub keeps only the code&apos;s hash and the signed invitation; the code works once, for N days (7 by default, at most 30).</source>
        <translation>Muestra un código de 21 caracteres para dictarlo a la persona nueva, que se une con project join --hub URL --code CODE. El hub guarda solo el hash del código y la invitación firmada; el código sirve una vez, durante N días (7 por defecto, 30 como máximo).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long the code works.</source>
        <translation>Cuánto tiempo sirve el código.</translation>
    </message>
    <message>
        <source>List the join requests waiting on the hub.</source>
        <translation>Listar las solicitudes de incorporación que esperan en el hub.</translation>
    </message>
    <message>
        <source>Shows each new member&apos;s device id, name, role and fingerprint. Compare the fingerprint with the person before approving.</source>
        <translation>Muestra el ID del dispositivo, el nombre, el rol y la huella digital de cada persona nueva. Compare la huella digital con la persona antes de aprobar.</translation>
    </message>
    <message>
        <source>DEVICE [--role ROLE]</source>
        <translation>DEVICE [--role ROLE]</translation>
    </message>
    <message>
        <source>Approve a join request waiting on the hub.</source>
        <translation>Aprobar una solicitud de incorporación que espera en el hub.</translation>
    </message>
    <message>
        <source>Adds the device to the project&apos;s manifest with the role (researcher by default), signs it and publishes it on the hub; the new member&apos;s next sync fetches it.</source>
        <translation>Agrega el dispositivo al manifiesto del proyecto con el rol (researcher, persona investigadora, por defecto), lo firma y lo publica en el hub; la próxima sincronización de la persona nueva lo trae.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>researcher or coordinator.</source>
        <translation>researcher (persona investigadora) o coordinator (coordinación).</translation>
    </message>
    <message>
        <source>Choose --once or --watch, not both.</source>
        <translation>Elija --once o --watch, no ambos.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Recibiendo…</translation>
    </message>
    <message>
        <source>Joined the project and sent the join request. Read this device&apos;s fingerprint to your coordinator; once they approve it, vigiactl sync (or the app) starts syncing.</source>
        <translation>Se unió al proyecto y envió la solicitud de incorporación. Lea la huella digital de este dispositivo a la persona que coordina; cuando la apruebe, vigiactl sync (o la aplicación) empieza a sincronizar.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Clave del proyecto:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>&apos;project register&apos; needs --token TOKEN.</source>
        <translation>&apos;project register&apos; necesita --token TOKEN.</translation>
    </message>
    <message>
        <source>The project is registered on %1.</source>
        <translation>El proyecto está registrado en %1.</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 30.</source>
        <translation>--days recibe un número del 1 al 30.</translation>
    </message>
    <message numerus="yes">
        <source>Invitation code: %1 (works once, for %n day(s)).</source>
        <translation>
            <numerusform>Código de invitación: %1 (sirve una vez, durante %n día).</numerusform>
            <numerusform>Código de invitación: %1 (sirve una vez, durante %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>No join request is waiting.</source>
        <translation>No hay ninguna solicitud de incorporación esperando.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id.</source>
        <translation>&apos;%1&apos; no es un ID de dispositivo.</translation>
    </message>
    <message>
        <source>Approved; manifest version %1 is on the hub.</source>
        <translation>Aprobado; la versión %1 del manifiesto está en el hub.</translation>
    </message>
    <message>
        <source>[--once | --watch] [--hub URL] [--pin HASH]</source>
        <translation>[--once | --watch] [--hub URL] [--pin HASH]</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address with --hub URL, such as https://hub.example.org.</source>
        <translation>Indique la dirección del hub con --hub URL, por ejemplo https://hub.example.org.</translation>
    </message>
    <message>
        <source>The hub holds nothing from this device newer than the backup it was restored from: it sends its changes again.</source>
        <translation>El hub no tiene nada de este dispositivo más reciente que la copia de seguridad desde la que se restauró: vuelve a enviar sus cambios.</translation>
    </message>
    <message>
        <source>None of this workspace&apos;s projects names a hub. Give one project&apos;s hub with &apos;vigiactl --project PROJECT sync --hub URL&apos;.</source>
        <translation>Ninguno de los proyectos de este espacio de trabajo indica un hub. Indique el hub de un proyecto con &apos;vigiactl --project PROJECT sync --hub URL&apos;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Project %1:</source>
        <translation>Proyecto %1:</translation>
    </message>
    <message numerus="yes">
        <source>The sync of %n project(s) failed; see the messages above.</source>
        <translation>
            <numerusform>Falló la sincronización de %n proyecto; consulte los mensajes anteriores.</numerusform>
            <numerusform>Falló la sincronización de %n proyectos; consulte los mensajes anteriores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::SyncLogList</name>
    <message>
        <source>Recent syncs</source>
        <translation>Sincronizaciones recientes</translation>
    </message>
    <message>
        <source>No sync yet.</source>
        <translation>Todavía no hay sincronizaciones.</translation>
    </message>
</context>
<context>
    <name>vigia::SyncPage</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Cambios aún sin acuse de recibo</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this device not yet acknowledged by a receipt.</source>
        <translation>
            <numerusform>%n cambio de este dispositivo aún sin acuse de recibo.</numerusform>
            <numerusform>%n cambios de este dispositivo aún sin acuse de recibo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revocar dispositivo</translation>
    </message>
    <message>
        <source>There are no bundles (*.vigiabundle) there. Choose the folder or the files your colleagues exported.</source>
        <translation>Allí no hay paquetes (*.vigiabundle). Elija la carpeta o los archivos que exportaron sus colegas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bundle(s) were refused; the list says why. Nothing of a refused bundle was imported.</source>
        <translation>
            <numerusform>Se rechazó %1 de %n paquete; la lista indica el motivo. No se importó nada de un paquete rechazado.</numerusform>
            <numerusform>Se rechazaron %1 de %n paquetes; la lista indica el motivo. No se importó nada de un paquete rechazado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s); the list shows each result.</source>
        <translation>
            <numerusform>Se importó %n paquete; la lista muestra el resultado.</numerusform>
            <numerusform>Se importaron %n paquetes; la lista muestra cada resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save invitation</source>
        <translation>Guardar invitación</translation>
    </message>
    <message>
        <source>Open join request</source>
        <translation>Abrir solicitud de incorporación</translation>
    </message>
    <message>
        <source>Open invitation</source>
        <translation>Abrir invitación</translation>
    </message>
    <message>
        <source>Save join request</source>
        <translation>Guardar solicitud de incorporación</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Vigia bundles (*.vigiabundle);;All files (*)</source>
        <translation>Paquetes de Vigia (*.vigiabundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import bundles from folder</source>
        <translation>Importar paquetes desde una carpeta</translation>
    </message>
    <message>
        <source>Export receipt</source>
        <translation>Exportar acuse de recibo</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importar acuse de recibo</translation>
    </message>
    <message>
        <source>Join the project</source>
        <translation>Incorporarse al proyecto</translation>
    </message>
    <message>
        <source>&amp;Open the invitation…</source>
        <translation>&amp;Abrir la invitación…</translation>
    </message>
    <message>
        <source>Open the invitation file from your coordinator</source>
        <translation>Abrir el archivo de invitación de la persona que coordina</translation>
    </message>
    <message>
        <source>Does this match what your coordinator reads to you? Join only if every group matches: anyone can write an invitation file.</source>
        <translation>¿Coincide con lo que le lee a usted la persona que coordina? Incorpórese solo si coinciden todos los grupos: cualquiera puede escribir un archivo de invitación.</translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation>Huella digital del proyecto</translation>
    </message>
    <message>
        <source>&amp;Yes, it matches: join</source>
        <translation>&amp;Sí, coincide: incorporarme</translation>
    </message>
    <message>
        <source>The fingerprint matches: join the project</source>
        <translation>La huella digital coincide: incorporarse al proyecto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not join</source>
        <translation>No incorporarse</translation>
    </message>
    <message>
        <source>Send your request to the coordinator</source>
        <translation>Enviar su solicitud a la coordinación</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Huella digital de este dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save the request…</source>
        <translation>&amp;Guardar la solicitud…</translation>
    </message>
    <message>
        <source>Save this device&apos;s join request to the USB stick</source>
        <translation>Guardar en la memoria USB la solicitud de incorporación de este dispositivo</translation>
    </message>
    <message>
        <source>Load the approval</source>
        <translation>Cargar la aprobación</translation>
    </message>
    <message>
        <source>&amp;Load the approval…</source>
        <translation>&amp;Cargar la aprobación…</translation>
    </message>
    <message>
        <source>Load the approval file from your coordinator</source>
        <translation>Cargar el archivo de aprobación de la persona que coordina</translation>
    </message>
    <message>
        <source>Send your findings</source>
        <translation>Enviar sus hallazgos</translation>
    </message>
    <message>
        <source>Put your finalized records and codings on the USB stick for your coordinator. Then load the receipt they give back: it tells this device what arrived.</source>
        <translation>Guarde sus registros finalizados y sus codificaciones en la memoria USB para la persona que coordina. Luego cargue el acuse de recibo que le devuelva: indica a este dispositivo qué llegó.</translation>
    </message>
    <message>
        <source>Send your &amp;findings…</source>
        <translation>Enviar sus &amp;hallazgos…</translation>
    </message>
    <message>
        <source>Save your findings to a folder, such as a USB stick, for the coordinator</source>
        <translation>Guardar sus hallazgos en una carpeta, como una memoria USB, para la coordinación</translation>
    </message>
    <message>
        <source>Load the &amp;receipt…</source>
        <translation>Cargar el acuse de &amp;recibo…</translation>
    </message>
    <message>
        <source>Load a receipt from the coordinator</source>
        <translation>Cargar un acuse de recibo de la coordinación</translation>
    </message>
    <message>
        <source>Load &amp;bundles…</source>
        <translation>Cargar &amp;paquetes…</translation>
    </message>
    <message>
        <source>Load bundles from the coordinator</source>
        <translation>Cargar paquetes de la coordinación</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar los detalles técnicos</translation>
    </message>
    <message>
        <source>Bring researchers into the project and collect their findings on a USB stick, one step at a time.</source>
        <translation>Incorpore al equipo de investigación al proyecto y reúna sus hallazgos en una memoria USB, paso a paso.</translation>
    </message>
    <message>
        <source>Send your findings to your coordinator on a USB stick, one step at a time.</source>
        <translation>Envíe sus hallazgos a la persona que coordina en una memoria USB, paso a paso.</translation>
    </message>
    <message>
        <source>Joined %1.</source>
        <translation>Se incorporó a %1.</translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator gave you. Before anything changes, Vigia shows the project&apos;s fingerprint and asks whether it matches what your coordinator reads to you.</source>
        <translation>Abra el archivo de invitación que le dio la persona que coordina. Antes de cambiar nada, Vigia muestra la huella digital del proyecto y le pregunta si coincide con la que le lee la persona que coordina.</translation>
    </message>
    <message>
        <source>Your coordinator approved your request.</source>
        <translation>La persona que coordina aprobó su solicitud.</translation>
    </message>
    <message>
        <source>Save your request to the USB stick and give it to your coordinator. When they call, read them this device&apos;s fingerprint:</source>
        <translation>Guarde su solicitud en la memoria USB y entréguesela a la persona que coordina. Cuando esa persona le llame, léale la huella digital de este dispositivo:</translation>
    </message>
    <message>
        <source>This device is approved. Load each new approval your coordinator gives you.</source>
        <translation>Este dispositivo está aprobado. Cargue cada nueva aprobación que le entregue la persona que coordina.</translation>
    </message>
    <message>
        <source>Load the approval file your coordinator gives back after accepting your request.</source>
        <translation>Cargue el archivo de aprobación que le devuelve la persona que coordina después de aceptar su solicitud.</translation>
    </message>
    <message>
        <source>Create the project first (step 1).</source>
        <translation>Primero cree el proyecto (paso 1).</translation>
    </message>
    <message>
        <source>Join the project first (step 1): open the invitation file from your coordinator.</source>
        <translation>Primero incorpórese al proyecto (paso 1): abra el archivo de invitación que le dio la persona que coordina.</translation>
    </message>
    <message>
        <source>Load the approval from your coordinator first (step 3): until then, nobody would accept what this device sends.</source>
        <translation>Primero cargue la aprobación de la persona que coordina (paso 3): hasta entonces, nadie aceptaría lo que envíe este dispositivo.</translation>
    </message>
    <message>
        <source>Only the coordinator who created the project can do this.</source>
        <translation>Solo la persona que coordina y creó el proyecto puede hacer esto.</translation>
    </message>
    <message>
        <source>Created the project %1. Keep this workspace and its passphrase safe: it holds the project key. Next, save an invitation (step 2).</source>
        <translation>Se creó el proyecto %1. Guarde en un lugar seguro este espacio de trabajo y su frase de contraseña: contiene la clave del proyecto. A continuación, guarde una invitación (paso 2).</translation>
    </message>
    <message>
        <source>Saved the invitation to %1. Give it to the researcher and read them the project&apos;s fingerprint by phone: %2</source>
        <translation>Se guardó la invitación en %1. Entréguesela a la persona investigadora y léale por teléfono la huella digital del proyecto: %2</translation>
    </message>
    <message>
        <source>Approved %1. Now save the approval and give it to every member of the project.</source>
        <translation>Se aprobó %1. Ahora guarde la aprobación y entréguesela a cada integrante del proyecto.</translation>
    </message>
    <message>
        <source>Remove %1 from the project? Only the changes this computer has already received from it stay valid; anything else it sends, whatever its date, will be refused. Save the approval again afterwards and give it to every member.</source>
        <translation>¿Quitar %1 del proyecto? Solo siguen siendo válidos los cambios que esta computadora ya recibió de ese dispositivo; todo lo demás que envíe, tenga la fecha que tenga, será rechazado. Después guarde de nuevo la aprobación y entréguesela a cada integrante.</translation>
    </message>
    <message>
        <source>Removed %1. Save the approval again and give it to every member.</source>
        <translation>Se quitó %1. Guarde de nuevo la aprobación y entréguesela a cada integrante.</translation>
    </message>
    <message>
        <source>Saved the approval to %1. Give it to every member of the project: it tells their devices who belongs to it.</source>
        <translation>Se guardó la aprobación en %1. Entréguesela a cada integrante del proyecto: indica a sus dispositivos quién forma parte de él.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation>Primero abra el archivo de invitación.</translation>
    </message>
    <message>
        <source>Joined %1. Next, save your request to the USB stick (step 2).</source>
        <translation>Se incorporó a %1. A continuación, guarde su solicitud en la memoria USB (paso 2).</translation>
    </message>
    <message>
        <source>Nothing was changed. Join once the fingerprint matches what your coordinator reads to you.</source>
        <translation>No se cambió nada. Incorpórese cuando la huella digital coincida con la que le lee la persona que coordina.</translation>
    </message>
    <message>
        <source>Saved your request to %1. Give it to your coordinator and read them this device&apos;s fingerprint by phone: %2</source>
        <translation>Se guardó su solicitud en %1. Entréguesela a la persona que coordina y léale por teléfono la huella digital de este dispositivo: %2</translation>
    </message>
    <message>
        <source>This approval is not newer than the one already loaded; nothing was changed. Ask your coordinator for their newest approval file.</source>
        <translation>Esta aprobación no es más reciente que la ya cargada; no se cambió nada. Pida a la persona que coordina su archivo de aprobación más reciente.</translation>
    </message>
    <message>
        <source>(waiting bundle)</source>
        <translation>(paquete en espera)</translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s file, but it does not approve this device yet. Ask your coordinator to approve your request, then load the new file.</source>
        <translation>Se cargó el archivo de la coordinación, pero todavía no aprueba este dispositivo. Pida a la persona que coordina que apruebe su solicitud y luego cargue el nuevo archivo.</translation>
    </message>
    <message>
        <source>Your coordinator approved this device. You can now send your findings (step 4).</source>
        <translation>La persona que coordina aprobó este dispositivo. Ya puede enviar sus hallazgos (paso 4).</translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s newer approval.</source>
        <translation>Se cargó la aprobación más reciente de la coordinación.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for their sender&apos;s approval were imported.</source>
        <translation>
            <numerusform>Se importó %n paquete que esperaba la aprobación de quien lo envió.</numerusform>
            <numerusform>Se importaron %n paquetes que esperaban la aprobación de quien los envió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send. Drafts stay on this computer until you finalize them.</source>
        <translation>No hay nada nuevo para enviar. Los borradores se quedan en esta computadora hasta que los finalice.</translation>
    </message>
    <message>
        <source>Saved this device&apos;s starting data to %1; it holds no records yet.</source>
        <translation>Se guardaron los datos iniciales de este dispositivo en %1; todavía no contienen registros.</translation>
    </message>
    <message>
        <source>Put %1 on the USB stick: %2. They show as waiting for the coordinator&apos;s receipt until it comes back.</source>
        <translation>Se guardó %1 en la memoria USB: %2. Figuran a la espera del acuse de recibo de la coordinación hasta que llegue.</translation>
    </message>
    <message numerus="yes">
        <source>Put %1 on the USB stick in %n files in %2; give all of them to your coordinator.</source>
        <translation>
            <numerusform>Se guardó %1 en la memoria USB en %n archivo en %2; entrégueselo a la persona que coordina.</numerusform>
            <numerusform>Se guardó %1 en la memoria USB en %n archivos en %2; entrégueselos todos a la persona que coordina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the receipt to %1. Give it to the researchers: it tells their devices which records arrived.</source>
        <translation>Se guardó el acuse de recibo en %1. Entrégueselo al equipo de investigación: indica a sus dispositivos qué registros llegaron.</translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s receipt. Received by the coordinator: %1.</source>
        <translation>Se cargó el acuse de recibo de la coordinación. Ya en manos de la coordinación: %1.</translation>
    </message>
    <message>
        <source>Not received yet: %1.</source>
        <translation>Todavía sin recibir: %1.</translation>
    </message>
    <message>
        <source>Save the approval</source>
        <translation>Guardar la aprobación</translation>
    </message>
    <message>
        <source>Choose the USB stick or a folder on it</source>
        <translation>Elija la memoria USB o una carpeta en ella</translation>
    </message>
    <message>
        <source>Jo&amp;in with a code…</source>
        <translation>Unirse con un código de invi&amp;tación…</translation>
    </message>
    <message>
        <source>Join through the hub with the code your coordinator reads to you</source>
        <translation>Unirse a través del hub con el código que le lee la persona que coordina</translation>
    </message>
    <message>
        <source>Joined %1. The approval arrives by itself with the next sync.</source>
        <translation>Se unió a %1. La aprobación llegará sola con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Nothing to send yet: this computer is the only device in the project. Its changes stay here and go to each device you approve, in its first bundle.</source>
        <translation>Todavía no hay nada que enviar: esta computadora es el único dispositivo del proyecto. Sus cambios se quedan aquí y llegan a cada dispositivo que usted apruebe, en su primer paquete.</translation>
    </message>
    <message>
        <source>Join a further project through its hub, beside the one this workspace is in</source>
        <translation>Incorporarse a otro proyecto a través de su hub, además del proyecto en el que ya está este espacio de trabajo</translation>
    </message>
    <message>
        <source>This workspace already belongs to a project; nothing was changed. To join another project as well, use &quot;Join another project with a code&quot; on this page.</source>
        <translation>Este espacio de trabajo ya pertenece a un proyecto; no se cambió nada. Para incorporarse también a otro proyecto, use «Formar parte de otro proyecto con un código» en esta página.</translation>
    </message>
    <message>
        <source>Joined %1 beside this workspace&apos;s other projects. Next, save your request to the USB stick (step 2).</source>
        <translation>Se incorporó a %1, además de los otros proyectos de este espacio de trabajo. A continuación, guarde su solicitud en la memoria USB (paso 2).</translation>
    </message>
    <message>
        <source>Join another pro&amp;ject with a code…</source>
        <translation>&amp;Formar parte de otro proyecto con un código…</translation>
    </message>
</context>
<context>
    <name>vigia::SyncPass</name>
    <message>
        <source>The project names no hub. Set one with &apos;vigiactl sync --hub URL&apos; or in the Sync view.</source>
        <translation>El proyecto no indica ningún hub. Configure uno con &apos;vigiactl sync --hub URL&apos; o en la vista Sincronización.</translation>
    </message>
    <message>
        <source>The hub refuses this device (%1). It may have been revoked or blocked; ask your coordinator. Automatic sync stops until then.</source>
        <translation>El hub rechaza este dispositivo (%1). Puede que se haya revocado o bloqueado; consulte a la coordinación. La sincronización automática se detiene hasta entonces.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator to approve this device. Tell them this device&apos;s fingerprint; syncing starts by itself once they approve it.</source>
        <translation>Esperando que la coordinación apruebe este dispositivo. Dígale la huella digital de este dispositivo; la sincronización empieza sola cuando lo apruebe.</translation>
    </message>
    <message>
        <source>The hub refuses this device: %1 It may not be approved yet, or it was revoked or blocked; ask your coordinator.</source>
        <translation>El hub rechaza este dispositivo: %1 Puede que aún no esté aprobado, o que se haya revocado o bloqueado; consulte a la coordinación.</translation>
    </message>
    <message>
        <source>The hub could not be reached</source>
        <translation>No se pudo alcanzar el hub</translation>
    </message>
    <message>
        <source>The hub did not hand over the project&apos;s manifest</source>
        <translation>El hub no entregó el manifiesto del proyecto</translation>
    </message>
    <message>
        <source>The hub&apos;s manifest of this project is not signed by the project&apos;s key (%1). Nothing was changed; tell your coordinator.</source>
        <translation>El manifiesto de este proyecto en el hub no está firmado con la clave del proyecto (%1). No se cambió nada; avise a la coordinación.</translation>
    </message>
    <message>
        <source>The hub did not take the project&apos;s new manifest</source>
        <translation>El hub no aceptó el nuevo manifiesto del proyecto</translation>
    </message>
    <message>
        <source>The hub did not list the bundles for this device</source>
        <translation>El hub no listó los paquetes para este dispositivo</translation>
    </message>
    <message>
        <source>The hub did not list the receipts for this device</source>
        <translation>El hub no listó los acuses de recibo para este dispositivo</translation>
    </message>
    <message>
        <source>The hub did not take this device&apos;s receipts</source>
        <translation>El hub no aceptó los acuses de recibo de este dispositivo</translation>
    </message>
    <message>
        <source>The hub did not list this device&apos;s bundles</source>
        <translation>El hub no listó los paquetes de este dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>This backup is older than what this device already sent: the hub holds %n bundle(s) from this device that this restored workspace never made, so nothing was sent. Ask your coordinator what to do before confirming the restore; changes made here since the restore would clash with those. Records stay editable meanwhile.</source>
        <translation>
            <numerusform>Esta copia de seguridad es anterior a lo que este dispositivo ya envió: el hub tiene %n paquete de este dispositivo que este espacio de trabajo restaurado nunca creó, así que no se envió nada. Pregunte a la persona que coordina qué hacer antes de confirmar la restauración; los cambios hechos aquí desde la restauración entrarían en conflicto con ese paquete. Mientras tanto, los registros se pueden seguir editando.</numerusform>
            <numerusform>Esta copia de seguridad es anterior a lo que este dispositivo ya envió: el hub tiene %n paquetes de este dispositivo que este espacio de trabajo restaurado nunca creó, así que no se envió nada. Pregunte a la persona que coordina qué hacer antes de confirmar la restauración; los cambios hechos aquí desde la restauración entrarían en conflicto con esos paquetes. Mientras tanto, los registros se pueden seguir editando.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::SyncStatusIndicator</name>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronización con el hub</translation>
    </message>
</context>
<context>
    <name>vigia::SyncStatusText</name>
    <message>
        <source>Sync off</source>
        <translation>Sincronización desactivada</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <comment>percent of the upload done</comment>
        <translation>Sincronizando %1%</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Sincronizando %1 de %2</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Todos los cambios enviados</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Your coordinator has not approved this device yet. Syncing starts by itself once they do.</source>
        <translation>La coordinación aún no aprobó este dispositivo. La sincronización empieza sola cuando lo haga.</translation>
    </message>
    <message>
        <source>Automatic sync is off. Turn it on, or use Sync now, on the Sync page.</source>
        <translation>La sincronización automática está desactivada. Actívela, o use Sincronizar ahora, en la página Sincronización.</translation>
    </message>
    <message>
        <source>No connection to the hub. Vigia tries again by itself.</source>
        <translation>No hay conexión con el hub. Vigia vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>%1
Vigia tries again by itself.</source>
        <translation>%1
Vigia vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronización con el hub</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a state, then a detail</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <comment>e.g. 12 records to send</comment>
        <translation>%1 por enviar</translation>
    </message>
    <message>
        <source>changes waiting to be sent</source>
        <translation>cambios a la espera de envío</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Conectando con el hub…</translation>
    </message>
    <message>
        <source>Sending your changes to the hub…</source>
        <translation>Enviando sus cambios al hub…</translation>
    </message>
    <message>
        <source>Receiving changes from the hub…</source>
        <translation>Recibiendo cambios del hub…</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation>Esperando la aprobación de la coordinación</translation>
    </message>
    <message>
        <source>Automatic sync is off</source>
        <translation>La sincronización automática está desactivada</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Esperando una conexión</translation>
    </message>
    <message>
        <source>Connected to the hub</source>
        <translation>Conectado con el hub</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>La sincronización falló.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on a date</comment>
        <translation>el %1</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) fast. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>El reloj de esta computadora está adelantado %n minuto. Ponga la hora correcta en la configuración del sistema: Vigia fecha sus registros con él.</numerusform>
            <numerusform>El reloj de esta computadora está adelantado %n minutos. Ponga la hora correcta en la configuración del sistema: Vigia fecha sus registros con él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) slow. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>El reloj de esta computadora está atrasado %n minuto. Ponga la hora correcta en la configuración del sistema: Vigia fecha sus registros con él.</numerusform>
            <numerusform>El reloj de esta computadora está atrasado %n minutos. Ponga la hora correcta en la configuración del sistema: Vigia fecha sus registros con él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) fast. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>El reloj de esta computadora está adelantado %n hora. Ponga la hora correcta en la configuración del sistema: Vigia fecha sus registros con él.</numerusform>
            <numerusform>El reloj de esta computadora está adelantado %n horas. Ponga la hora correcta en la configuración del sistema: Vigia fecha sus registros con él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) slow. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>El reloj de esta computadora está atrasado %n hora. Ponga la hora correcta en la configuración del sistema: Vigia fecha sus registros con él.</numerusform>
            <numerusform>El reloj de esta computadora está atrasado %n horas. Ponga la hora correcta en la configuración del sistema: Vigia fecha sus registros con él.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · failed: %2</source>
        <comment>when, then why</comment>
        <translation>%1 · falló: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) sent</source>
        <translation>
            <numerusform>%n paquete enviado</numerusform>
            <numerusform>%n paquetes enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>%n paquete recibido</numerusform>
            <numerusform>%n paquetes recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n acuse de recibo</numerusform>
            <numerusform>%n acuses de recibo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>when, then what a sync did</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>vigia::SyncStep</name>
    <message>
        <source>✓</source>
        <comment>the mark of a finished step</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>the number of a step</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (%4)</source>
        <translation>Paso %1 de %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Bundle &amp;files…</source>
        <translation>&amp;Archivos de paquete…</translation>
    </message>
    <message>
        <source>Every bundle in a f&amp;older…</source>
        <translation>Todos los paquetes de una &amp;carpeta…</translation>
    </message>
</context>
<context>
    <name>vigia::SyncStore</name>
    <message>
        <source>reading the sync settings</source>
        <translation>leer la configuración de sincronización</translation>
    </message>
    <message>
        <source>saving the sync settings</source>
        <translation>guardar la configuración de sincronización</translation>
    </message>
    <message>
        <source>reading the changes already on their way</source>
        <translation>leer los cambios que ya están en camino</translation>
    </message>
    <message>
        <source>keeping a bundle for the hub</source>
        <translation>guardar un paquete para el hub</translation>
    </message>
    <message>
        <source>reading the bundles waiting for the hub</source>
        <translation>leer los paquetes que esperan al hub</translation>
    </message>
    <message>
        <source>saving the state of an upload</source>
        <translation>guardar el estado de una subida</translation>
    </message>
    <message>
        <source>recording a bundle the hub holds</source>
        <translation>registrar un paquete que el hub ya tiene</translation>
    </message>
    <message>
        <source>counting the changes sent</source>
        <translation>contar los cambios enviados</translation>
    </message>
    <message>
        <source>counting the bundles sent</source>
        <translation>contar los paquetes enviados</translation>
    </message>
    <message>
        <source>reading the bundles to acknowledge</source>
        <translation>leer los paquetes por confirmar</translation>
    </message>
    <message>
        <source>recording the receipts sent</source>
        <translation>registrar los acuses de recibo enviados</translation>
    </message>
    <message>
        <source>writing the sync log</source>
        <translation>escribir el registro de sincronización</translation>
    </message>
    <message>
        <source>reading the sync log</source>
        <translation>leer el registro de sincronización</translation>
    </message>
    <message>
        <source>reading which bundles this device made</source>
        <translation>leer qué paquetes creó este dispositivo</translation>
    </message>
</context>
<context>
    <name>vigia::TargetCommands</name>
    <message>
        <source>No targets yet. A coordinator sets them with &apos;vigiactl targets set&apos; or &apos;vigiactl targets import FILE.csv&apos;.</source>
        <translation>Aún no hay metas. Una persona coordinadora las fija con &apos;vigiactl targets set&apos; o &apos;vigiactl targets import FILE.csv&apos;.</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>INDICADOR</translation>
    </message>
    <message>
        <source>BREAKDOWN</source>
        <translation>DESGLOSE</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>META</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>ÚLTIMO</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>ESPERADO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>&apos;targets set&apos; needs %1.</source>
        <translation>&apos;targets set&apos; necesita %1.</translation>
    </message>
    <message>
        <source>--baseline, --baseline-year and --target take numbers written with a dot, such as 12.5.</source>
        <translation>--baseline, --baseline-year y --target llevan números escritos con punto, como 12.5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a target id. &apos;vigiactl targets list&apos; shows them.</source>
        <translation>&apos;%1&apos; no es un id de meta. &apos;vigiactl targets list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Target %1 deleted.</source>
        <translation>Meta %1 eliminada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n target(s).</source>
        <translation>
            <numerusform>Se importó %n meta.</numerusform>
            <numerusform>Se importaron %n metas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::TargetCsv</name>
    <message>
        <source>&apos;%1&apos; is not a milestone: write DATE=VALUE, such as 2025-12-31=150.</source>
        <translation>&apos;%1&apos; no es un hito: escriba DATE=VALUE, como 2025-12-31=150.</translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed.</source>
        <translation>El archivo está vacío: hace falta una fila de encabezado.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) %1.</source>
        <translation>A la fila de encabezado le falta(n) la(s) columna(s) %1.</translation>
    </message>
    <message>
        <source>baseline, baseline_year and target must be numbers.</source>
        <translation>baseline, baseline_year y target deben ser números.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::TargetDialog</name>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>Añadir &amp;hito</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Quitar hito</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Desglose:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Baseline &amp;value:</source>
        <translation>&amp;Valor de base:</translation>
    </message>
    <message>
        <source>Baseline &amp;year:</source>
        <translation>&amp;Año de base:</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>Valor de la &amp;meta:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>&amp;Fecha de la meta:</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Hitos:</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>currency (ISO 4217 code):</source>
        <translation>moneda (código ISO 4217):</translation>
    </message>
    <message>
        <source>Every milestone needs a date written YYYY-MM-DD and a number.</source>
        <translation>Cada hito necesita una fecha escrita AAAA-MM-DD y un número.</translation>
    </message>
</context>
<context>
    <name>vigia::TargetStore</name>
    <message>
        <source>The country must be a two-letter code such as GT, not &quot;%1&quot;.</source>
        <translation>El país debe ser un código de dos letras como GT, no «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator of the indicator report. Use one of: %2.</source>
        <translation>«%1» no es un indicador del informe de indicador. Use uno de: %2.</translation>
    </message>
    <message>
        <source>Indicator %1 is a budget: its unit is the ISO 4217 code of its currency, such as USD, not &quot;%2&quot;.</source>
        <translation>El indicador %1 es un presupuesto: su unidad es el código ISO 4217 de su moneda, como USD, no «%2».</translation>
    </message>
    <message>
        <source>Indicator %1 is measured in %2, not &quot;%3&quot;.</source>
        <translation>El indicador %1 se mide en %2, no en «%3».</translation>
    </message>
    <message>
        <source>Indicator %1 has no breakdown &quot;%2&quot;. Leave it empty for the total, or write dimension=category, one of: %3.</source>
        <translation>El indicador %1 no tiene el desglose «%2». Déjelo vacío para el total, o escriba dimension=category, uno de: %3.</translation>
    </message>
    <message>
        <source>The baseline and the target need numbers.</source>
        <translation>La línea de base y la meta necesitan números.</translation>
    </message>
    <message>
        <source>The baseline year must be a year such as 2024.</source>
        <translation>El año de la línea de base debe ser un año como 2024.</translation>
    </message>
    <message>
        <source>The target needs a date (YYYY-MM-DD).</source>
        <translation>La meta necesita una fecha (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The target date must come after the baseline year.</source>
        <translation>La fecha de la meta debe ser posterior al año de la línea de base.</translation>
    </message>
    <message>
        <source>Every milestone needs a date (YYYY-MM-DD) and a number.</source>
        <translation>Cada hito necesita una fecha (YYYY-MM-DD) y un número.</translation>
    </message>
    <message>
        <source>Milestones must fall between the baseline year and the target date, each on a later date than the one before.</source>
        <translation>Los hitos deben caer entre el año de la línea de base y la fecha de la meta, cada uno en una fecha posterior a la del anterior.</translation>
    </message>
    <message>
        <source>Only a coordinator sets targets; on a researcher&apos;s device they are read only. Ask the national coordinator to change them.</source>
        <translation>Solo una persona coordinadora fija metas; en el dispositivo de una persona investigadora son de solo lectura. Pida a la coordinación nacional que las cambie.</translation>
    </message>
    <message>
        <source>No target %1 exists. List the targets to see their ids.</source>
        <translation>No existe la meta %1. Liste las metas para ver sus id.</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>al leer las metas</translation>
    </message>
</context>
<context>
    <name>vigia::TargetsModel</name>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 para el %3</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (al %2)</translation>
    </message>
    <message>
        <source>cannot compare</source>
        <translation>no comparable</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Milestone path</source>
        <translation>Trayectoria de hitos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>vigia::TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Targets and their progress</source>
        <translation>Metas y su avance</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Eliminar meta</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Delete the target for %1 in %2 (%3)? A coordinator can set it again.</source>
        <translation>¿Eliminar la meta de %1 en %2 (%3)? Una persona coordinadora puede volver a fijarla.</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Añadir meta…</translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation>&amp;Editar meta…</translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation>E&amp;liminar meta</translation>
    </message>
    <message>
        <source>Only a coordinator can add, edit or delete targets; as a researcher you can read them and their progress.</source>
        <translation>Solo una persona coordinadora puede añadir, editar o eliminar metas; como persona investigadora, usted puede consultarlas junto con su avance.</translation>
    </message>
    <message>
        <source>No targets yet. A coordinator adds them here, or with vigiactl targets set or vigiactl targets import.</source>
        <translation>Todavía no hay metas. Una persona coordinadora las añade aquí, o con vigiactl targets set o vigiactl targets import.</translation>
    </message>
</context>
<context>
    <name>vigia::TerminalConfirm</name>
    <message>
        <source>yes</source>
        <extracomment>The word a person types to confirm at a terminal prompt.</extracomment>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>vigia::Transaction</name>
    <message>
        <source>starting a change</source>
        <translation>iniciar un cambio</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>guardar el cambio</translation>
    </message>
</context>
<context>
    <name>vigia::TusUpload</name>
    <message>
        <source>The hub did not accept a bundle</source>
        <translation>El hub no aceptó un paquete</translation>
    </message>
    <message>
        <source>The hub started an upload without saying where. Check that the address is a Vigia hub.</source>
        <translation>El hub empezó una subida sin indicar dónde. Compruebe que la dirección sea la de un hub de Vigia.</translation>
    </message>
    <message>
        <source>The hub did not take part of a bundle</source>
        <translation>El hub no aceptó una parte de un paquete</translation>
    </message>
    <message>
        <source>The connection to the hub broke</source>
        <translation>Se cortó la conexión con el hub</translation>
    </message>
    <message>
        <source>The hub did not say how far an upload got</source>
        <translation>El hub no indicó hasta dónde llegó una subida</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to an upload had no valid sequence number. Check the hub&apos;s version.</source>
        <translation>La respuesta del hub a una subida no tenía un número de secuencia válido. Compruebe la versión del hub.</translation>
    </message>
    <message>
        <source>The hub keeps losing an upload. Try again later; if it goes on, tell the hub&apos;s administrator.</source>
        <translation>El hub sigue perdiendo una subida. Vuelva a intentarlo más tarde; si continúa, avise a quien administra el hub.</translation>
    </message>
</context>
<context>
    <name>vigia::UnlockDialog</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no es correcta. Compruebe Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Unlock Vigia</source>
        <translation>Desbloquear Vigia</translation>
    </message>
    <message>
        <source>Type your passphrase to open the workspace in %1.</source>
        <translation>Escriba su frase de contraseña para abrir el espacio de trabajo de %1.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>vigia::UnsentWorkLabel</name>
    <message>
        <source>Open the Sync page to send your work</source>
        <translation>Abrir la página Sincronización para enviar su trabajo</translation>
    </message>
    <message>
        <source>Opens the Sync page</source>
        <translation>Abre la página Sincronización</translation>
    </message>
</context>
<context>
    <name>vigia::WalBatchVfs</name>
    <message>
        <source>The store&apos;s file layer could not start (SQLite refused it). Reinstall Vigia.</source>
        <translation>No se pudo iniciar la capa de archivos del almacén de datos (SQLite la rechazó). Reinstale Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkCountText</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n codebook change(s)</source>
        <translation>
            <numerusform>%n cambio en el libro de códigos</numerusform>
            <numerusform>%n cambios en el libro de códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counts, e.g. 3 records and 5 codings</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three counts</comment>
        <translation>%1, %2 y %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 not yet sent</source>
        <comment>e.g. 3 records and 5 codings not yet sent</comment>
        <translation>%1 sin enviar</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Nada pendiente de envío</translation>
    </message>
    <message>
        <source>%1 on their way, waiting for the coordinator&apos;s receipt</source>
        <comment>exported to a stick or bundled for the hub</comment>
        <translation>%1 en camino, a la espera del acuse de recibo de la coordinación</translation>
    </message>
</context>
<context>
    <name>vigia::Workspace</name>
    <message>
        <source>The device needs a name, for example &quot;Ana - laptop&quot;.</source>
        <translation>El dispositivo necesita un nombre, por ejemplo, &quot;Ana - laptop&quot;.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least 8 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>La frase de contraseña es demasiado corta. Use al menos 8 caracteres; unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>A workspace already exists in %1. Open it, or choose another folder.</source>
        <translation>Ya existe un espacio de trabajo en %1. Ábralo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 holds a store without a keystore. Move it away or choose another folder; nothing was changed.</source>
        <translation>La carpeta %1 contiene un almacén de datos sin almacén de claves. Mueva ese almacén de datos a otro lugar o elija otra carpeta; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>saving the device identity</source>
        <translation>guardar la identidad del dispositivo</translation>
    </message>
    <message>
        <source>There is no Vigia workspace in %1. Create one first (vigiactl init, or start the Vigia app).</source>
        <translation>No hay un espacio de trabajo de Vigia en %1. Cree uno primero (con vigiactl init o iniciando la aplicación Vigia).</translation>
    </message>
    <message>
        <source>The store in %1 does not belong to this keystore. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation>El almacén de datos de %1 no corresponde a este almacén de claves. Restaure la carpeta del espacio de trabajo desde una copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <source>The keystore in %1 was replaced by another device&apos;s. Close Vigia and restore the workspace folder from a backup.</source>
        <translation>El almacén de claves de %1 se reemplazó por el de otro dispositivo. Cierre Vigia y restaure la carpeta del espacio de trabajo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The keystore in %1 names the unknown role &apos;%2&apos;. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation>El almacén de claves de %1 indica el rol desconocido &apos;%2&apos;. Restaure la carpeta del espacio de trabajo desde una copia de seguridad; no se modificó nada.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose a different passphrase; nothing was changed.</source>
        <translation>La nueva frase de contraseña es igual a la actual. Elija una frase de contraseña diferente; no se cambió nada.</translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it first.</source>
        <translation>El espacio de trabajo está bloqueado. Desbloquéelo primero.</translation>
    </message>
    <message>
        <source>This workspace has not joined the project %1.</source>
        <translation>Este espacio de trabajo no forma parte del proyecto %1.</translation>
    </message>
    <message>
        <source>The store in %1 belongs to another device or project. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation>El almacén de datos de %1 pertenece a otro dispositivo o proyecto. Restaure la carpeta del espacio de trabajo desde una copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <source>A project id has 16 bytes.</source>
        <translation>Un id de proyecto tiene 16 bytes.</translation>
    </message>
    <message>
        <source>This workspace already joined this project; nothing was changed. Choose it with --project or in the navigation instead.</source>
        <translation>Este espacio de trabajo ya forma parte de este proyecto; no se cambió nada. Elíjalo con --project o en la navegación.</translation>
    </message>
    <message>
        <source>The first project&apos;s store is never removed.</source>
        <translation>El almacén de datos del primer proyecto nunca se elimina.</translation>
    </message>
    <message>
        <source>Cannot remove the folder %1. Delete it by hand; it holds nothing of the other projects.</source>
        <translation>No se puede eliminar la carpeta %1. Bórrela a mano; no contiene nada de los otros proyectos.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceBackup</name>
    <message>
        <source>The copy of the store did not check out (%1), so no backup was written. The store itself may be damaged: run &apos;vigiactl oplog verify&apos;, or ask your coordinator for help.</source>
        <translation>La copia del almacén de datos no pasó la verificación (%1), así que no se escribió ninguna copia de seguridad. Puede que el propio almacén esté dañado: ejecute &apos;vigiactl oplog verify&apos; o pida ayuda a la persona que coordina.</translation>
    </message>
    <message>
        <source>There is no store in %1 to back up. Check the workspace folder.</source>
        <translation>No hay ningún almacén de datos en %1 del que hacer una copia de seguridad. Compruebe la carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed</source>
        <translation>falló la verificación de integridad de SQLite</translation>
    </message>
    <message>
        <source>it names no device</source>
        <translation>no indica ningún dispositivo</translation>
    </message>
    <message>
        <source>counting the changes</source>
        <translation>contar los cambios</translation>
    </message>
    <message>
        <source>Could not read %1 (%2), so no backup was written. Check that your user may read the workspace folder.</source>
        <translation>No se pudo leer %1 (%2), así que no se escribió ninguna copia de seguridad. Compruebe que su cuenta en esta computadora tenga permiso de lectura en la carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Vigia. Update Vigia to restore it; nothing was restored.</source>
        <translation>La copia de seguridad se hizo con una versión más reciente de Vigia. Actualice Vigia para restaurarla; no se restauró nada.</translation>
    </message>
    <message>
        <source>The store of %1 is not encrypted yet. Open the workspace once with this version of Vigia, then back it up.</source>
        <translation>El almacén de datos de %1 todavía no está cifrado. Abra el espacio de trabajo una vez con esta versión de Vigia y luego haga la copia de seguridad.</translation>
    </message>
    <message>
        <source>Give the backup a file name, such as vigia-backup.vigiabackup.</source>
        <translation>Dé un nombre de archivo a la copia de seguridad, como vigia-backup.vigiabackup.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that does, such as a USB stick that is plugged in.</source>
        <translation>La carpeta %1 no existe. Elija una carpeta que exista, como una memoria USB conectada.</translation>
    </message>
    <message>
        <source>Could not read the keystore of %1 (%2), so no backup was written.</source>
        <translation>No se pudo leer el almacén de claves de %1 (%2), así que no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2), so no backup was written. Try again.</source>
        <translation>No se pudo leer %1 (%2), así que no se escribió ninguna copia de seguridad. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not name the backup %1 (%2). Choose another place; no backup was written.</source>
        <translation>No se pudo dar el nombre %1 a la copia de seguridad (%2). Elija otro lugar; no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is a file. Restore into an empty or new folder; nothing was changed.</source>
        <translation>%1 es un archivo. Restaure en una carpeta vacía o nueva; no se cambió nada.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Restore into an empty or new folder; nothing was changed.</source>
        <translation>La carpeta %1 no está vacía. Restaure en una carpeta vacía o nueva; no se cambió nada.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this backup. Type the passphrase the workspace had when the backup was made, and check the keyboard layout and Caps Lock. Nothing was restored.</source>
        <translation>Frase de contraseña incorrecta: no abre esta copia de seguridad. Escriba la frase de contraseña que tenía el espacio de trabajo cuando se hizo la copia de seguridad y compruebe la distribución del teclado y Bloq Mayús. No se restauró nada.</translation>
    </message>
    <message>
        <source>it names another device</source>
        <translation>indica otro dispositivo</translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation>No se pudo crear la clave de la copia de seguridad (no hay memoria segura). Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceLock</name>
    <message>
        <source>Could not open the workspace folder %1 (%2). Check that it exists and that your user may read it.</source>
        <translation>No se pudo abrir la carpeta del espacio de trabajo %1 (%2). Compruebe que exista y que su cuenta en esta computadora tenga permiso de lectura.</translation>
    </message>
    <message>
        <source>The file system of %1 cannot lock files, so the store&apos;s key cannot be changed safely there. Nothing was changed; move the workspace to a local disk first.</source>
        <translation>El sistema de archivos de %1 no puede bloquear archivos, así que allí no se puede cambiar la clave del almacén de forma segura. No se cambió nada; primero mueva el espacio de trabajo a un disco local.</translation>
    </message>
    <message>
        <source>The workspace in %1 is open in another program (the Vigia app, or another vigiactl). Close it, then try again; nothing was changed.</source>
        <translation>El espacio de trabajo de %1 está abierto en otro programa (la aplicación Vigia u otro vigiactl). Ciérrelo e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The store&apos;s key of the workspace in %1 is being changed by another program. Wait until it is done, then try again.</source>
        <translation>Otro programa está cambiando la clave del almacén del espacio de trabajo de %1. Espere a que termine e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceProjectCommands</name>
    <message>
        <source>List the projects this workspace joined.</source>
        <translation>Listar los proyectos de los que forma parte este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Lists each project this workspace created or joined, with its id, name, country and this device&apos;s role in it; &apos;*&apos; marks the current one, which the other commands use unless --project names another. Each project keeps its own data.</source>
        <translation>Lista cada proyecto que este espacio de trabajo creó o al que se incorporó, con su id, nombre, país y el rol de este dispositivo en él; &apos;*&apos; marca el actual, que usan los demás comandos salvo que --project indique otro. Cada proyecto guarda sus propios datos.</translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet.</source>
        <translation>Este espacio de trabajo aún no forma parte de un proyecto.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceProjects</name>
    <message>
        <source>&apos;%1&apos; is the start of several projects&apos; ids: %2. Give more of the id.</source>
        <translation>&apos;%1&apos; es el comienzo del id de varios proyectos: %2. Indique más caracteres del id.</translation>
    </message>
    <message>
        <source>Several projects are called &apos;%1&apos;: %2. Give the project&apos;s id instead.</source>
        <translation>Varios proyectos se llaman &apos;%1&apos;: %2. Indique el id del proyecto en su lugar.</translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet. Join one with &apos;vigiactl project join INVITATION&apos;, or create one with &apos;vigiactl project create&apos;.</source>
        <translation>Este espacio de trabajo aún no forma parte de un proyecto. Incorpórese a uno con &apos;vigiactl project join INVITATION&apos; o cree uno con &apos;vigiactl project create&apos;.</translation>
    </message>
    <message>
        <source>This workspace has no project &apos;%1&apos;. Its projects: %2.</source>
        <translation>Este espacio de trabajo no tiene el proyecto &apos;%1&apos;. Sus proyectos: %2.</translation>
    </message>
    <message>
        <source>This workspace has not joined the project %1.</source>
        <translation>Este espacio de trabajo no forma parte del proyecto %1.</translation>
    </message>
    <message>
        <source>This workspace already joined the project %1 (%2); nothing was changed. Work in it with --project %2, or choose it in the app&apos;s navigation.</source>
        <translation>Este espacio de trabajo ya forma parte del proyecto %1 (%2); no se cambió nada. Trabaje en él con --project %2 o elíjalo en la navegación de la aplicación.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsFormHeader</name>
    <message>
        <source>%1 sheet: the column &apos;%2&apos; appears twice (columns %3 and %4); delete or rename one of them.</source>
        <translation>hoja %1: la columna &apos;%2&apos; aparece dos veces (columnas %3 y %4); elimine una de ellas o cámbiele el nombre.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsFormIgnored</name>
    <message>
        <source>settings, column %1: Vigia does not send submissions to a server, so this setting has no effect; it is kept with the form.</source>
        <translation>settings, columna %1: Vigia no envía envíos a un servidor, así que este ajuste no tiene efecto; se conserva con el formulario.</translation>
    </message>
    <message>
        <source>survey row %1, column parameters: Vigia ignores %2; the question works without it.</source>
        <translation>survey, fila %1, columna parameters: Vigia ignora %2; la pregunta funciona sin ello.</translation>
    </message>
    <message>
        <source>survey row %1, column trigger: Vigia ignores trigger; a calculation is worked out again whenever a field it reads changes.</source>
        <translation>survey, fila %1, columna trigger: Vigia ignora trigger; un cálculo se vuelve a hacer cada vez que cambia un campo que lee.</translation>
    </message>
    <message>
        <source>survey row %1, column save_to: Vigia has no entities; the answer is kept in the record only.</source>
        <translation>survey, fila %1, columna save_to: Vigia no tiene entidades; la respuesta se guarda solo en el registro.</translation>
    </message>
    <message>
        <source>survey row %1: the appearance &apos;%2&apos; is ignored; Vigia shows the question its own way.</source>
        <translation>survey, fila %1: se ignora la apariencia &apos;%2&apos;; Vigia muestra la pregunta a su manera.</translation>
    </message>
    <message>
        <source>survey rows %1: the appearance &apos;%2&apos; is ignored; Vigia shows the questions its own way.</source>
        <translation>survey, filas %1: se ignora la apariencia &apos;%2&apos;; Vigia muestra las preguntas a su manera.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsFormImporter</name>
    <message>
        <source>%1 is an old .xls workbook, which Vigia cannot read. Open it in a spreadsheet program, save it as .xlsx and import that file.</source>
        <translation>%1 es un libro .xls antiguo, que Vigia no puede leer. Ábralo en un programa de hojas de cálculo, guárdelo como .xlsx e importe ese archivo.</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <source>%1 row %2, column %3</source>
        <translation>%1, fila %2, columna %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>the choice has no %1; fill it in or delete the row.</source>
        <translation>la opción no tiene %1; complete ese valor o elimine la fila.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no; write yes or no.</source>
        <translation>&apos;%1&apos; no es yes ni no; escriba yes o no.</translation>
    </message>
    <message>
        <source>%1 has no survey sheet, so it is not an XLSForm. Add a sheet called survey with the questions.</source>
        <translation>%1 no tiene una hoja survey, así que no es un XLSForm. Agregue una hoja llamada survey con las preguntas.</translation>
    </message>
    <message>
        <source>the survey sheet needs a type and a name column; add them to its first row.</source>
        <translation>la hoja survey necesita una columna type y una columna name; agréguelas a su primera fila.</translation>
    </message>
    <message>
        <source>%1 row %2: the row has no type and was skipped.</source>
        <translation>%1, fila %2: la fila no tiene type y se omitió.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no matching begin row; delete it or add the begin row.</source>
        <translation>&apos;%1&apos; no tiene una fila begin correspondiente; elimínela o agregue la fila begin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; closes &apos;%2&apos;, begun at row %3; make them match.</source>
        <translation>&apos;%1&apos; cierra &apos;%2&apos;, que empieza en la fila %3; haga que coincidan.</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; see docs/form-format.md for the types Vigia knows.</source>
        <translation>tipo desconocido &apos;%1&apos;; consulte docs/form-format.md para ver los tipos que Vigia admite.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type; only selects name a choice list after the type.</source>
        <translation>&apos;%1&apos; no es un tipo; solo los tipos select llevan el nombre de una lista de opciones después del tipo.</translation>
    </message>
    <message>
        <source>%1 needs a choice list, as in &apos;%1 yes_no&apos;.</source>
        <translation>%1 necesita una lista de opciones, como en &apos;%1 yes_no&apos;.</translation>
    </message>
    <message>
        <source>%1 row %2: &apos;%3&apos; (%4) cannot be collected on the desktop; the row is kept but not collected.</source>
        <translation>%1, fila %2: &apos;%3&apos; (%4) no se puede recopilar en la aplicación de escritorio; la fila se conserva, pero no se recopila.</translation>
    </message>
    <message>
        <source>%1 row %2: the loop &apos;%3&apos; was imported as a group; Vigia has no loops, so use a repeat instead.</source>
        <translation>%1, fila %2: el loop &apos;%3&apos; se importó como grupo; Vigia no admite loops, así que use un repeat en su lugar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed; add an &apos;end %2&apos; row after its last question.</source>
        <translation>&apos;%1&apos; nunca se cierra; agregue una fila &apos;end %2&apos; después de su última pregunta.</translation>
    </message>
    <message>
        <source>entities sheet: Vigia has no entities, so the sheet is ignored; the form works without it.</source>
        <translation>hoja entities: Vigia no tiene entidades, así que se ignora la hoja; el formulario funciona sin ella.</translation>
    </message>
    <message>
        <source>settings: the form has no version, so Vigia gave it the version %1, taken from its content: importing the same form again changes nothing and a changed form gets a new version. To number versions yourself, add a version column to the settings sheet, with a value such as 1.</source>
        <translation>settings: el formulario no tiene versión, así que Vigia le dio la versión %1, tomada de su contenido: importar el mismo formulario otra vez no cambia nada y un formulario modificado recibe una versión nueva. Para numerar usted las versiones, agregue una columna version a la hoja settings, con un valor como 1.</translation>
    </message>
    <message>
        <source>the sheet needs a list_name and a name column; add them to its first row.</source>
        <translation>la hoja necesita una columna list_name y una columna name; agréguelas a su primera fila.</translation>
    </message>
    <message>
        <source>the file %1 is not in %2; put it there, or import without a folder of choice files (without --attach) to keep the row without collecting it.</source>
        <translation>el archivo %1 no está en %2; colóquelo allí, o importe sin carpeta de archivos de opciones (sin --attach) para conservar la fila sin recogerla.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxExporter</name>
    <message>
        <source>Could not write the workbook %1: %2</source>
        <translation>No se pudo escribir el libro %1: %2</translation>
    </message>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation>No se pudo crear el libro %1.</translation>
    </message>
    <message>
        <source>Could not add the sheet %1 to the workbook.</source>
        <translation>No se pudo agregar la hoja %1 al libro.</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows; export this form as CSV instead.</source>
        <translation>Una hoja admite como máximo %1 filas; exporte este formulario como CSV.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxPackage</name>
    <message>
        <source>%1 does not exist. Check the file name and folder, then try again.</source>
        <translation>%1 no existe. Compruebe el nombre del archivo y la carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for a workbook. Remove sheets or images the form does not need, save it again, then import again.</source>
        <translation>%1 ocupa más de %2 MiB, el límite para un libro. Quite las hojas o imágenes que el formulario no necesite, guárdelo de nuevo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that you may read the file, then try again.</source>
        <translation>No se pudo leer %1: %2. Compruebe que tenga permiso para leer el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in a spreadsheet program, remove the password, save it as .xlsx, then import again.</source>
        <translation>%1 está protegido con contraseña. Ábralo en un programa de hojas de cálculo, quite la contraseña, guárdelo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 (.xls) workbook. Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation>%1 es un libro de Excel 97–2003 (.xls). Ábralo en un programa de hojas de cálculo, guárdelo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 contains %2 files, more than the limit of %3 for a workbook. Copy the form&apos;s sheets into a new workbook, then import that one.</source>
        <translation>%1 contiene %2 archivos, más que el límite de %3 para un libro. Copie las hojas del formulario en un libro nuevo e importe ese libro.</translation>
    </message>
    <message>
        <source>the part is missing</source>
        <translation>la parte no existe</translation>
    </message>
    <message>
        <source>the part cannot be found in the zip directory</source>
        <translation>la parte no figura en el directorio del zip</translation>
    </message>
    <message>
        <source>the part cannot be unpacked</source>
        <translation>la parte no se puede descomprimir</translation>
    </message>
    <message>
        <source>the part fails its checksum</source>
        <translation>la suma de comprobación de la parte no coincide</translation>
    </message>
    <message>
        <source>the XML is not well-formed at line %1, column %2 (%3)</source>
        <translation>el XML no está bien formado en la línea %1, columna %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2, in its part %3. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation>%1 está dañado en su parte %3: %2. Ábralo en un programa de hojas de cálculo, guárdelo de nuevo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>a document type declaration is not allowed here</source>
        <translation>aquí no se permite una declaración de tipo de documento</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 MiB, the limit for one part. Remove rows, sheets or images the form does not need, then import again.</source>
        <translation>%1 no se puede importar: su parte %2 ocupa más de %3 MiB al descomprimirse, el límite para una parte. Quite las filas, hojas o imágenes que el formulario no necesite y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 times its compressed size, beyond the compression ratio limit of %3:1 that protects against zip bombs. Open the workbook in a spreadsheet program, save it again as .xlsx, then import again.</source>
        <translation>%1 no se puede importar: su parte %2 ocupa al descomprimirse más de %3 veces su tamaño comprimido, por encima del límite de compresión de %3:1 que protege contra las bombas zip. Abra el libro en un programa de hojas de cálculo, guárdelo de nuevo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its parts unpack to more than %2 MiB together, the limit for a workbook. Remove sheets or images the form does not need, then import again.</source>
        <translation>%1 no se puede importar: sus partes ocupan en total más de %2 MiB al descomprimirse, el límite para un libro. Quite las hojas o imágenes que el formulario no necesite y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an .xlsx workbook: it cannot be read as a zip archive. Open it in a spreadsheet program and save it as .xlsx, then import again; if it was copied or downloaded, copy it again.</source>
        <translation>%1 está dañado o no es un libro .xlsx: no se puede leer como archivo zip. Ábralo en un programa de hojas de cálculo, guárdelo como .xlsx y vuelva a importarlo; si lo copió o descargó, cópielo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxSharedStrings</name>
    <message>
        <source>%1 cannot be imported: %2 holds more than %3 different texts, the limit for a workbook. Remove sheets the form does not need, then import again.</source>
        <translation>%1 no se puede importar: %2 contiene más de %3 textos distintos, el límite para un libro. Quite las hojas que el formulario no necesite y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: text number %2 in %3 is %4 characters long, more than the limit of %5 for one cell. Shorten it, then import again.</source>
        <translation>%1 no se puede importar: el texto número %2 de %3 tiene %4 caracteres, más que el límite de %5 para una celda. Acórtelo y vuelva a importar el archivo.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxSheetParser</name>
    <message>
        <source>the row number %1 is not valid</source>
        <translation>el número de fila %1 no es válido</translation>
    </message>
    <message>
        <source>%1 cannot be imported: the sheet &quot;%2&quot; (%3) has more than %4 rows with values, the limit for one sheet. Delete the rows the form does not need, then import again.</source>
        <translation>%1 no se puede importar: la hoja &quot;%2&quot; (%3) tiene más de %4 filas con valores, el límite para una hoja. Elimine las filas que el formulario no necesite y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>the cell reference %1 is not valid</source>
        <translation>la referencia de celda %1 no es válida</translation>
    </message>
    <message>
        <source>%1 cannot be imported: the sheet &quot;%2&quot; (%3) has a value in cell %4, beyond the limit of %5 columns for one sheet. Delete the columns the form does not need, then import again.</source>
        <translation>%1 no se puede importar: la hoja &quot;%2&quot; (%3) tiene un valor en la celda %4, más allá del límite de %5 columnas para una hoja. Elimine las columnas que el formulario no necesite y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: cell %2 of the sheet &quot;%3&quot; (%4) holds %5 characters, more than the limit of %6 for one cell. Shorten it, then import again.</source>
        <translation>%1 no se puede importar: la celda %2 de la hoja &quot;%3&quot; (%4) contiene %5 caracteres, más que el límite de %6 para una celda. Acorte su contenido y vuelva a importar el archivo.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared text number %2, but there are %3</source>
        <translation>la celda %1 remite al texto compartido número %2, pero solo hay %3</translation>
    </message>
    <message>
        <source>cell %1 should hold TRUE or FALSE but holds &quot;%2&quot;</source>
        <translation>la celda %1 debería contener TRUE o FALSE, pero contiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cell %1 should hold a number but holds &quot;%2&quot;</source>
        <translation>la celda %1 debería contener un número, pero contiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 in the sheet &quot;%2&quot;</source>
        <translation>%1 en la hoja &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be imported: up to cell %4, the sheet &quot;%2&quot; (%3) holds more than %5 cells with values, the limit for one sheet. Delete the rows and columns the form does not need, then import again.</source>
        <translation>No se puede importar %1: hasta la celda %4, la hoja &quot;%2&quot; (%3) contiene más de %5 celdas con valores, el límite para una hoja. Elimine las filas y columnas que el formulario no necesita y vuelva a importar.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxWorkbook</name>
    <message>
        <source>%1 is damaged: its part %2, which says where the sheets are, is missing. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation>%1 está dañado: falta su parte %2, que indica dónde están las hojas. Ábralo en un programa de hojas de cálculo, guárdelo de nuevo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; points to %3, which %4 does not list. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation>%1 está dañado: la hoja &quot;%2&quot; remite a %3, que no figura en %4. Ábralo en un programa de hojas de cálculo, guárdelo de nuevo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; should be in its part %3, which is missing. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation>%1 está dañado: la hoja &quot;%2&quot; debería estar en su parte %3, que falta. Ábralo en un programa de hojas de cálculo, guárdelo de nuevo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 is an Excel binary (.xlsb) workbook. Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation>%1 es un libro binario de Excel (.xlsb). Ábralo en un programa de hojas de cálculo, guárdelo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an Excel workbook: it has no workbook part (%2). Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation>%1 está dañado o no es un libro de Excel: no tiene la parte del libro (%2). Ábralo en un programa de hojas de cálculo, guárdelo como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are: %3. Rename the sheet or add it, then import again.</source>
        <translation>%1 no tiene ninguna hoja llamada &quot;%2&quot;; sus hojas son: %3. Cambie el nombre de la hoja o agréguela, y vuelva a importar el archivo.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxWriterLibrary</name>
    <message>
        <source>XLSX files cannot be written: the libxlsxwriter library is missing (install libxlsxwriter4). Export as CSV instead.</source>
        <translation>No se pueden escribir archivos XLSX: falta la biblioteca libxlsxwriter (instale libxlsxwriter4). Exporte como CSV.</translation>
    </message>
</context>
</TS>
