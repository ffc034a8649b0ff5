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
        <source>Write screenshots of every view in every language to DIR, then quit.</source>
        <translation>Guardar capturas de pantalla de todas las vistas en todos los idiomas en DIR y luego salir.</translation>
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
        <translation>Dispositivo %1: existen dos versiones distintas del cambio %2 (una bifurcación). La segunda no se aplicó; informe de esto a su coordinador.</translation>
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
        <translation>CAMPO=VALOR</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation>La carpeta del espacio de trabajo (predeterminada: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Leer la frase de contraseña de la primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>Imprimir JSON en lugar de texto, para scripts.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
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
        <translation>--name NOMBRE [--role researcher|coordinator]</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>A name for this device, e.g. &quot;Ana - laptop&quot;.</source>
        <translation>Un nombre para este dispositivo, p. ej., &quot;Ana - laptop&quot;.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>researcher (the default) or coordinator.</source>
        <translation>researcher (investigador; es el valor predeterminado) o coordinator (coordinador).</translation>
    </message>
    <message>
        <source>Show this device&apos;s id, name, role and fingerprint.</source>
        <translation>Mostrar el ID, el nombre, el rol y la huella digital de este dispositivo.</translation>
    </message>
    <message>
        <source>Prints the device id, name, role, key fingerprint and workspace folder. Compare the fingerprint aloud when a coordinator approves this device.</source>
        <translation>Imprime el ID, el nombre y el rol del dispositivo, la huella digital de la clave y la carpeta del espacio de trabajo. Compare la huella digital en voz alta cuando un coordinador apruebe este dispositivo.</translation>
    </message>
    <message>
        <source>--form ID [--form-version V] [--set FIELD=VALUE]… [--finalize]</source>
        <translation>--form ID [--form-version V] [--set CAMPO=VALOR]… [--finalize]</translation>
    </message>
    <message>
        <source>Create a record and print its id.</source>
        <translation>Crear un registro e imprimir su ID.</translation>
    </message>
    <message>
        <source>Creates a draft record of the given form, with the values given by --set, and prints its id. Values are stored as text; FIELD=VALUE splits at the first &apos;=&apos;.</source>
        <translation>Crea un registro en borrador del formulario indicado, con los valores dados con --set, e imprime su ID. Los valores se guardan como texto; CAMPO=VALOR se divide en el primer &apos;=&apos;.</translation>
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
        <source>The version of the form (default: none).</source>
        <translation>La versión del formulario (predeterminada: ninguna).</translation>
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
        <source>Sets one or more fields of a draft record in one change. A finalized record must be reopened first; a deleted one restored.</source>
        <translation>Asigna uno o más campos de un registro en borrador en un solo cambio. Un registro finalizado debe reabrirse primero; uno eliminado, restaurarse.</translation>
    </message>
    <message>
        <source>Finalize a draft record.</source>
        <translation>Finalizar un registro en borrador.</translation>
    </message>
    <message>
        <source>Marks a draft record as finalized: it can no longer be changed until it is reopened.</source>
        <translation>Marca un registro en borrador como finalizado: ya no se puede cambiar hasta que se reabra.</translation>
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
        <translation>[FILTROS]</translation>
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
        <translation>ESTADO</translation>
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
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Only records whose date is on or after DATE (YYYY-MM-DD).</source>
        <translation>Solo registros cuya fecha es igual o posterior a FECHA (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Only records whose date is on or before DATE (YYYY-MM-DD).</source>
        <translation>Solo registros cuya fecha es igual o anterior a FECHA (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Only records with a value containing every word of TEXT (word prefixes match; accents are ignored).</source>
        <translation>Solo registros con un valor que contenga todas las palabras de TEXTO (basta con el comienzo de cada palabra; se ignoran los acentos).</translation>
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
        <source>Lists every imported form version with its id, version and title: a table in text mode, an array with --json.</source>
        <translation>Lista cada versión de formulario importada con su ID, versión y título: una tabla en modo texto, un arreglo con --json.</translation>
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
        <translation>Comprueba el formulario y lo guarda en el espacio de trabajo; luego imprime &quot;added&quot; o, si esa versión ya está guardada con la misma definición, &quot;unchanged&quot;. Se rechaza una definición diferente con una versión existente: asígnele una versión nueva. Las advertencias sobre filas que no se pueden recolectar se envían a stderr.</translation>
    </message>
    <message>
        <source>Check a form file and report every problem; imports nothing.</source>
        <translation>Comprobar un archivo de formulario e informar todos los problemas; no importa nada.</translation>
    </message>
    <message>
        <source>Reads a .json definition or an .xlsx XLSForm workbook and prints every problem found, one per line, then exits with 3; prints that the form is valid and exits with 0 otherwise. Needs no workspace.</source>
        <translation>Lee una definición .json o un libro XLSForm .xlsx e imprime cada problema encontrado, uno por línea, y termina con 3; si no hay problemas, imprime que el formulario es válido y termina con 0. No necesita un espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>vigia::CliContext</name>
    <message>
        <source>There is no Vigia workspace in %1. Create one with &apos;vigiactl init --name NAME&apos;, or point to an existing one with --workspace DIR.</source>
        <translation>No hay un espacio de trabajo de Vigia en %1. Cree uno con &apos;vigiactl init --name NOMBRE&apos; o indique uno existente con --workspace CARPETA.</translation>
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
        <source>validation error: the data breaks a rule, e.g. changing a finalized record or deleting a deleted one</source>
        <translation>error de validación: los datos infringen una regla, p. ej., cambiar un registro finalizado o eliminar uno ya eliminado</translation>
    </message>
    <message>
        <source>not found: no such record or workspace</source>
        <translation>no encontrado: no existe ese registro o espacio de trabajo</translation>
    </message>
    <message>
        <source>wrong passphrase, locked workspace, or no passphrase given</source>
        <translation>frase de contraseña incorrecta, espacio de trabajo bloqueado o no se indicó ninguna frase de contraseña</translation>
    </message>
    <message>
        <source>Usage: vigiactl [GLOBAL OPTIONS] COMMAND [ARGUMENTS…]</source>
        <translation>Uso: vigiactl [OPCIONES GLOBALES] COMANDO [ARGUMENTOS…]</translation>
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
        <translation>Ejecute &apos;vigiactl COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Usage: vigiactl %1 COMMAND [ARGUMENTS…]</source>
        <translation>Uso: vigiactl %1 COMANDO [ARGUMENTOS…]</translation>
    </message>
    <message>
        <source>Run &apos;vigiactl %1 COMMAND --help&apos; for the options of a command, and &apos;vigiactl --help&apos; for the global options.</source>
        <translation>Ejecute &apos;vigiactl %1 COMANDO --help&apos; para ver las opciones de un comando, y &apos;vigiactl --help&apos; para ver las opciones globales.</translation>
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
        <translation>Las opciones globales, como --workspace CARPETA, --passphrase-file ARCHIVO y --json, también funcionan aquí; consulte &apos;vigiactl --help&apos;.</translation>
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
        <translation>El almacén de datos está dañado (no se pudo %1: %2). No se cambió nada; restaure el espacio de trabajo desde una copia de seguridad o pida ayuda a su coordinador.</translation>
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
    <name>vigia::FormCommands</name>
    <message>
        <source>%1 is neither a form definition (.json) nor an XLSForm workbook (.xlsx). Give a file with one of those extensions.</source>
        <translation>%1 no es una definición de formulario (.json) ni un libro XLSForm (.xlsx). Indique un archivo con una de esas extensiones.</translation>
    </message>
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
        <translation>CAMPO</translation>
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
    <name>vigia::FormSession</name>
    <message>
        <source>The form cannot be filled in: %1.</source>
        <translation>No se puede llenar el formulario: %1.</translation>
    </message>
    <message>
        <source>Field %1 is a repeat; filling in forms with repeats is not supported yet.</source>
        <translation>El campo %1 es una repetición; todavía no se pueden llenar formularios con repeticiones.</translation>
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
        <source>%1: the name %2 is already used in row %3; every name must be unique.</source>
        <translation>%1: el nombre %2 ya se usa en la fila %3; cada nombre debe ser único.</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice; every name must be unique.</source>
        <translation>%1: el nombre %2 se usa dos veces; cada nombre debe ser único.</translation>
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
        <source>Unknown role &apos;%1&apos;. Choose --role researcher or --role coordinator.</source>
        <translation>Rol desconocido &apos;%1&apos;. Elija --role researcher (investigador) o --role coordinator (coordinador).</translation>
    </message>
    <message>
        <source>A workspace already exists in %1; nothing was changed. Use it (e.g. &apos;vigiactl identity show&apos;), or choose another folder with --workspace DIR.</source>
        <translation>Ya existe un espacio de trabajo en %1; no se cambió nada. Úselo (p. ej., &apos;vigiactl identity show&apos;) o elija otra carpeta con --workspace CARPETA.</translation>
    </message>
    <message>
        <source>warning: VIGIA_INSECURE_TEST_KDF=1 is set, so the passphrase protection of this workspace is weak. Use it for tests only.</source>
        <translation>advertencia: VIGIA_INSECURE_TEST_KDF=1 está definida, por lo que la protección por frase de contraseña de este espacio de trabajo es débil. Úselo solo para pruebas.</translation>
    </message>
    <message>
        <source>Created a workspace in %1. Keep the passphrase safe: without it nobody can open this workspace.</source>
        <translation>Se creó un espacio de trabajo en %1. Guarde la frase de contraseña en un lugar seguro: sin ella, nadie puede abrir este espacio de trabajo.</translation>
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
        <translation>No se pudo leer el archivo del almacén de claves %1 (%2). Compruebe que su usuario tenga permiso de lectura.</translation>
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
        <source>The workspace is locked.</source>
        <translation>El espacio de trabajo está bloqueado.</translation>
    </message>
    <message>
        <source>Workspace: %1 (locked)</source>
        <translation>Espacio de trabajo: %1 (bloqueado)</translation>
    </message>
    <message>
        <source>There is no workspace here yet. Create one with &quot;vigiactl init&quot;.</source>
        <translation>Todavía no hay un espacio de trabajo aquí. Cree uno con &quot;vigiactl init&quot;.</translation>
    </message>
    <message>
        <source>No workspace in %1</source>
        <translation>No hay un espacio de trabajo en %1</translation>
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
</context>
<context>
    <name>vigia::OpLog</name>
    <message>
        <source>writing the change log</source>
        <translation>escribir el registro de cambios</translation>
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
            <numerusform>El registro de cambios tiene %n problema, indicado en la salida. No comparta ni sincronice este espacio de trabajo; pida ayuda a su coordinador.</numerusform>
            <numerusform>El registro de cambios tiene %n problemas, indicados en la salida. No comparta ni sincronice este espacio de trabajo; pida ayuda a su coordinador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseSource</name>
    <message>
        <source>This command needs the workspace passphrase. Pass it with --passphrase-file FILE (the passphrase on the first line) or the VIGIA_PASSPHRASE environment variable, or run vigiactl in a terminal to be asked for it.</source>
        <translation>Este comando necesita la frase de contraseña del espacio de trabajo. Indíquela con --passphrase-file ARCHIVO (con la frase de contraseña en la primera línea) o con la variable de entorno VIGIA_PASSPHRASE, o ejecute vigiactl en una terminal para que se la solicite.</translation>
    </message>
    <message>
        <source>The passphrase file %1 does not exist. Check the path given to --passphrase-file.</source>
        <translation>El archivo de frase de contraseña %1 no existe. Compruebe la ruta indicada en --passphrase-file.</translation>
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
        <source>No passphrase was entered. Type it at the prompt, or pass it with --passphrase-file FILE or VIGIA_PASSPHRASE.</source>
        <translation>No se ingresó ninguna frase de contraseña. Escríbala cuando se le solicite, o indíquela con --passphrase-file ARCHIVO o VIGIA_PASSPHRASE.</translation>
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
        <source>No passphrase was given. Pass it with --passphrase-file FILE or VIGIA_PASSPHRASE.</source>
        <translation>No se indicó ninguna frase de contraseña. Indíquela con --passphrase-file ARCHIVO o VIGIA_PASSPHRASE.</translation>
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
        <source>updating the search index</source>
        <translation>actualizar el índice de búsqueda</translation>
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
    <name>vigia::RecordCommands</name>
    <message>
        <source>&apos;%1&apos; is not of the form FIELD=VALUE; write for example country=BR.</source>
        <translation>&apos;%1&apos; no tiene la forma CAMPO=VALOR; escriba, por ejemplo, country=BR.</translation>
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
</context>
<context>
    <name>vigia::RecordStore</name>
    <message>
        <source>&apos;%1&apos; is not a record id. A record id looks like 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</source>
        <translation>&apos;%1&apos; no es un ID de registro. Un ID de registro tiene este aspecto: 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid field name. Use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; no es un nombre de campo válido. Use letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;, y empiece con una letra.</translation>
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
        <translation>Autor:</translation>
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
        <translation>No se pudo leer el archivo de datos de referencia %1 (%2). Compruebe que su cuenta de usuario pueda leer el archivo.</translation>
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
    <name>vigia::ScreenshotWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>No se puede escribir la captura de pantalla %1.</translation>
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
    <name>vigia::Workspace</name>
    <message>
        <source>The device needs a name, for example &quot;Ana - laptop&quot;.</source>
        <translation>El dispositivo necesita un nombre, por ejemplo, &quot;Ana - laptop&quot;.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. Choose researcher or coordinator.</source>
        <translation>Rol desconocido &apos;%1&apos;. Elija researcher (investigador) o coordinator (coordinador).</translation>
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
</context>
<context>
    <name>vigia::XlsFormHeader</name>
    <message>
        <source>%1 sheet: the column &apos;%2&apos; appears twice (columns %3 and %4); delete or rename one of them.</source>
        <translation>hoja %1: la columna &apos;%2&apos; aparece dos veces (columnas %3 y %4); elimine una de ellas o cámbiele el nombre.</translation>
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
        <source>the choices sheet needs a list_name and a name column; add them to its first row.</source>
        <translation>la hoja choices necesita una columna list_name y una columna name; agréguelas a su primera fila.</translation>
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
</TS>
