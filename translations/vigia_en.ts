<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (en, es, pt_BR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write screenshots of every view and dialog in every language to DIR (using a temporary sample workspace), then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a picture of the first window to FILE (PNG), then quit: to check an installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle, invitation or approval to open once the workspace is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::AboutDialog</name>
    <message>
        <source>About Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline-first monitoring of the sexual exploitation of children in Latin America and the Caribbean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or any later version (%1). There is no warranty. &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BackupCommands</name>
    <message>
        <source>--out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup of this workspace to one encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the workspace (keystore, store, settings, project key and quarantine) into FILE, encrypted and authenticated; the app and other commands may keep writing meanwhile, and the copy is one consistent moment. The backup opens only with the passphrase the workspace has now. FILE must not exist yet; a half-written backup is never left under its name. Keep backups away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write, e.g. on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a workspace from a backup into the --workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the passphrase the workspace had when the backup was made, checks the whole backup and restores it into the --workspace folder, which must not exist or be empty. A damaged backup (exit 1) or a wrong passphrase (exit 5) leave the folder untouched. The restored workspace is the same device; it sends none of its changes until the restore is confirmed (a sync with the hub confirms it by itself when the hub holds nothing newer from this device; see confirm-restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a workspace restored from a backup send its changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restored workspace holds its changes back, because the lost copy of this device may have sent changes after the backup was made: sending new ones under the same numbers would give the coordinator two versions of this device&apos;s history. Confirm only once your coordinator has checked that they received nothing from this device after the backup&apos;s date. Asks on a terminal; --yes confirms without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or move the old file away first; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote a backup of this workspace to %1 (%2, %n change(s)).</source>
        <translation>
            <numerusform>Wrote a backup of this workspace to %1 (%2, %n change).</numerusform>
            <numerusform>Wrote a backup of this workspace to %1 (%2, %n changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>It opens with the current passphrase. Keep it away from this computer, as safe as the computer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name and the drive it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device; without a hub, ask your coordinator, then run &apos;vigiactl confirm-restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to confirm: this workspace sends its changes as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was restored from a backup of %1. If the lost copy of this device sent changes after that, sending now makes two versions of its history. Has your coordinator checked that they received nothing from this device after that date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming a restore needs an answer; nothing was changed. Run the command on a terminal, or give --yes once your coordinator has checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed; this workspace still sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed the restore: this workspace sends its changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BackupGroup</name>
    <message>
        <source>Back up the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia backups (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written. Keep it away from this computer, as safe as the computer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm only if your coordinator has checked that they received no changes from this device made after %1. If the lost copy of this device sent changes after the backup, sending now gives the coordinator two versions of this device&apos;s history, and some of its records may be refused.

Confirm the restore and send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is confirmed: this workspace sends its changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything Vigia keeps on this computer. It opens with the passphrase you have when you make it. Keep it away from this computer, for example on a USB stick in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1, written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made of this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1. It sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device. Without a hub, ask your coordinator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confir&amp;m the restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BackupReader</name>
    <message>
        <source>The backup file %1 is damaged or was changed, so nothing was restored. Use another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backup file %1 (%2). Check the drive it is on; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name and the drive it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the backup file %1 (%2). Check that your user may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Vigia backup, or its beginning is damaged. Choose the backup file Vigia wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 was written by a newer version of Vigia. Update Vigia to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BackupWriter</name>
    <message>
        <source>Could not write the backup file %1 (%2). Free some space or choose another place; no backup was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BuiltinForms</name>
    <message>
        <source>The built-in form %1 cannot be read: %2 Reinstall Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BundleCommands</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this device&apos;s unacknowledged changes to a bundle in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into, e.g. a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle, or every bundle in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks each bundle (size, project, sender, signature, recipient, contents, change history) and applies it, or keeps it in quarantine when its sender is not approved yet. A bundle already imported changes nothing. Exits with 1 if any bundle was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a bundle&apos;s plaintext header; needs no workspace or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the bundle id, project, sender, creation time, number of changes, counter ranges and recipients. Checks nothing beyond the format: use bundle verify for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle completely without importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every check of bundle import (project, approved sender, signature, recipient key, every chunk, hash chains) and applies nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE [--for DEVICE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a receipt for the bundles this device imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a receipt signed by this device listing the bundles it applied (of one device with --for). Researchers import it to clear their outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the bundles of this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a coordinator&apos;s receipt and clear the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that a coordinator device of the project signed the receipt, then removes the acknowledged changes from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;bundle export&apos; needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: every change has been acknowledged, or only drafts are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n change to %1.</numerusform>
            <numerusform>Wrote %n changes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundles (*.vigiabundle) in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some bundles were refused; see the messages above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the bundles held in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the bundles whose sender is not (yet) approved in the project: the start of the bundle id, the sending device, when it was written and the file&apos;s size. They are imported by themselves once a manifest approves their sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one bundle from the quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the quarantined bundle whose id starts with ID (at least 8 hexadecimal digits, as bundle quarantine list shows them), its file included. Nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  from %2  written %3  %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted bundle %1 from the quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every change of this device that no receipt has acknowledged yet, encrypted to the project&apos;s recipients and signed by this device: one bundle, or several when there are more changes than one bundle may carry. Drafts are private and never leave the device until they are finalized. Prints nothing to export when the outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) in %1 bundles (more than one bundle may carry); take all of them:</source>
        <translation>
            <numerusform>Wrote %n change in %1 bundles (more than one bundle may carry); take all of them:</numerusform>
            <numerusform>Wrote %n changes in %1 bundles (more than one bundle may carry); take all of them:</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle is valid and was already imported; importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left %n bundle(s) addressed to other devices for them to import.</source>
        <translation>
            <numerusform>Left %n bundle addressed to another device for it to import.</numerusform>
            <numerusform>Left %n bundles addressed to other devices for them to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: this device is the only one in the project so far. Its changes stay here and go to each device you approve, in its first bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BundleDownload</name>
    <message>
        <source>The hub did not hand over a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle from the hub does not match its checksum even when fetched again. Tell the hub&apos;s administrator; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of a bundle made no progress. It will resume at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BundleHeader</name>
    <message>
        <source>The bundle header is damaged (%1). Ask the sender to export the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not canonical CBOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header version differs from the file version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds %1 changes, more than the %2 this device accepts in one bundle. Ask the sender to export smaller bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more ranges than changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranges overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranges do not add up to the change count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle names %1 recipients, more than the %2 this device accepts. It was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients are not sorted or repeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BundleImportResults</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sender&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BundlePayloadParser</name>
    <message>
        <source>The changes inside the bundle are damaged (%1). Nothing was applied; ask the sender to export the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not canonical CBOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes where the header announces %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed CBOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change inside the bundle is larger than the %1 bytes this device accepts, so the bundle was not read. Ask the sender to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 does not match the header&apos;s ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 in the bundle does not follow the one before it from the same device: its hash chain is broken. Nothing was applied; ask the sender to check their device with &quot;vigiactl oplog verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BundleReader</name>
    <message>
        <source>This file is not a readable Vigia bundle (%1). It may be incomplete: copy it again from the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was altered after it was signed (%1). Nothing was applied. Delete the file and ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 is larger than the %2 bytes this device accepts, so it was not read. Ask the sender to export smaller bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bundle signature at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle uses format %1, made by a newer Vigia. Update Vigia to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 has an impossible length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encrypted data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s signing key in the project manifest is malformed. Ask the coordinator to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the sender&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device. Import it on a coordinator&apos;s device, or ask the coordinator to add this device to the project&apos;s recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s keys are not available. Unlock the workspace and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough secure memory to decrypt a bundle. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content key for this device does not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after the final chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 fails its authentication check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 is short but not the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end marker is missing, chunks were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncompressed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after the compressed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed content is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header version differs from the file version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BundleTransferRunner</name>
    <message>
        <source>Writing your changes to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the bundle being imported: a bundle is always imported whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after %1; the bundles after it are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::BundleWriter</name>
    <message>
        <source>Change %1 does not follow the change before it from the same device. No bundle was written; run &quot;vigiactl oplog verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to export are not in order (change %1 repeats or goes back). No bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project id is not 16 bytes. Set up the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s keys are missing or damaged, so it cannot sign a bundle. Unlock the workspace and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle needs between 1 and %1 recipients; the project manifest lists %2. Ask the coordinator to fix the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient&apos;s key is malformed or listed twice. Ask the coordinator to check the project manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough secure memory to encrypt a bundle. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient&apos;s public key is not usable. Ask the coordinator to check the project manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be written. Check that the disk has space and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing or encrypting the bundle failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the bundle failed. Unlock the workspace and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1 (%2). Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 (%2). Check that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ChainVerifier</name>
    <message>
        <source>Device %1: change %2 arrived but change %3 before it is missing. Import the missing data from that device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1: change %2 is out of order (expected %3). The data was rearranged; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1: change %2 was altered after it was written (its hash no longer matches). Do not trust this copy; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1: two different versions of change %2 exist (a fork). The second one was not applied; report this to your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ChangeExporter</name>
    <message>
        <source>This device is not an approved member of the project &apos;%1&apos;, so no one would accept its changes. Ask the coordinator to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no recipient for this device&apos;s changes. Ask the coordinator to approve a coordinator device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the drive is plugged in and writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the drive is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ChangeImporter</name>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle belongs to another project; nothing was imported. Check that you took the bundles of your own project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was written by device %1 after it was revoked from the project; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle carries changes of a device other than its sender; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from device %1.</source>
        <translation>
            <numerusform>Imported %n change from device %1.</numerusform>
            <numerusform>Imported %n changes from device %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle does not continue the changes already received from its device (the histories have forked); nothing was imported. Tell the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the bundles already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the imported bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is not (yet) approved in this project, so its bundle was kept in quarantine. It will be imported automatically once a manifest approving the device is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the quarantine folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the bundle in quarantine (%1). Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the bundle in quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle held in quarantine (%1) could not be read: %2. It stays in quarantine and is tried again when the next manifest arrives; check the disk and the folder %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle carries changes that device %1 made after the coordinator stopped accepting them (the device was revoked); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To make room, the %n oldest bundle(s) in quarantine were deleted.</source>
        <translation>
            <numerusform>To make room, the oldest bundle in quarantine was deleted.</numerusform>
            <numerusform>To make room, the %n oldest bundles in quarantine were deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from device %1 (numbers %2 to %3) are waiting for earlier changes of that device that have not arrived; they are applied as soon as the missing bundle is imported.</source>
        <translation>
            <numerusform>%n change from device %1 (numbers %2 to %3) is waiting for earlier changes of that device that have not arrived; it is applied as soon as the missing bundle is imported.</numerusform>
            <numerusform>%n changes from device %1 (numbers %2 to %3) are waiting for earlier changes of that device that have not arrived; they are applied as soon as the missing bundle is imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bundle id. Give at least its first 8 hexadecimal digits, as &apos;bundle quarantine list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle in quarantine has an id starting with %1. &apos;bundle quarantine list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several bundles in quarantine have an id starting with %1; give more digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the bundle from quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender %1 is not approved in this project; importing would keep the bundle in quarantine until a manifest approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the changes still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bundle is valid: importing it would apply %n change(s) from device %1.</source>
        <translation>
            <numerusform>The bundle is valid: importing it would apply %n change from device %1.</numerusform>
            <numerusform>The bundle is valid: importing it would apply %n changes from device %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>removing a bundle that can never be imported from the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle removes answers of a record that device %1 neither created nor coordinates; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle changes targets, which only a coordinator sets, but device %1 is not a coordinator; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle carries changes that belong to no device of the project; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle carries other researchers&apos; records or the feedback on them, which this device may not hold; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle carries reviews or comments that device %1 wrote on another member&apos;s records, which only a coordinator does; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle belongs to the project %1, not to the one open now; nothing was imported. Import it with --project %2, or switch to that project in the navigation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase that is strong enough and type it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase could not be saved, so the current one still opens Vigia. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. Nobody can recover a lost passphrase: write the new one down and keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ChoiceField</name>
    <message>
        <source>Type to filter the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the choices of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ChoiceFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row 1: the file needs a name column; add it to its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2, column name: the choice has no name; fill it in or delete the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2: the item has no name element; add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3; fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CliApp</name>
    <message>
        <source>Vigia does not speak &apos;%1&apos;. Choose --lang en, --lang es or --lang pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command. Run vigiactl --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CliCommandCatalog</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, es or pt_BR (default: the system&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help; after a command, that command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of vigiactl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name NAME [--role researcher|coordinator]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace: a new device identity protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the workspace folder with a new device identity (signing and encryption keys) locked by the passphrase, and prints the device id and its fingerprint. Refuses to touch a folder that already holds a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this device, e.g. &quot;Ana - laptop&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>researcher (the default) or coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this device&apos;s id, name, role and fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the device id, name, role, key fingerprint and workspace folder. Compare the fingerprint aloud when a coordinator approves this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--form ID [--form-version V] [--set FIELD=VALUE]… [--finalize]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a record and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form the record belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a field; repeat for more fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize the record right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a draft record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize a draft record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a finalized record back into a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopens a finalized record so that it can be changed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a record (it can be restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a record. Nothing is erased: the record disappears from lists and can be brought back with &apos;record restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings a deleted record back, as it was when it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a record with all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a record: form, status, country, date, every field and the fields in conflict after a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILTERS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List records, newest change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the records that match every filter given, most recently changed first: a table in text mode, an array with --json. Deleted records are left out unless --include-deleted is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records of this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only draft or only finalized records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records whose country field is CC, e.g. BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records whose date is on or after DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records whose date is on or before DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records with a value containing every word of TEXT (word prefixes match; accents are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted records too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N records (default: 100; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the change log&apos;s hash chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checks every device&apos;s chain of changes. Prints &quot;The change log is intact.&quot; and exits with 0, or prints every problem found, one per line, and exits with 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hash of the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a hash over every current value and open conflict, in hex. Two workspaces that merged the same changes print the same hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the forms imported into this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--form-version V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a form: its settings and fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a summary of a form (title, languages, versions stored and every field with its type and label), or with --json the canonical form definition. Without --form-version, the latest version is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to show (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a form from a .json definition or an .xlsx XLSForm workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the form and stores it in the workspace, then prints &quot;added&quot;, or &quot;unchanged&quot; when that version is already there with the same definition. A different definition under an existing version is refused: give it a new version. Warnings about rows that cannot be collected go to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a form file and report every problem; imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a .json definition or an .xlsx XLSForm workbook and prints every problem found, one per line, then exits with 3; prints that the form is valid and exits with 0 otherwise. Needs no workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a draft record of the given form, with the values given by --set, and prints its id. FIELD=VALUE splits at the first &apos;=&apos;. The values are checked against the form: unknown fields, answers of the wrong type and broken constraints are reported one line per field (&quot;field: message&quot;) with exit code 3; required fields only when the record is finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the form (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets one or more fields of a draft record in one change, checked against the record&apos;s form version as in &apos;record new&apos;; FIELD= clears a field. A finalized record must be reopened first; a deleted one restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every field of a draft record against its form, required fields included, and reports each failing field with exit code 3; otherwise drops the answers to questions that do not apply, stores the calculated values and marks the record finalized: it can no longer be changed until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an answer everywhere, with every earlier version of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the answer FIELD of a record from every change that ever held it: on this device at once, on every other device when the removal reaches it with the next bundle or sync. For a child&apos;s name typed by mistake. Only the record&apos;s author or a coordinator may do it. With --replace, VALUE becomes the new answer (checked against the form as in &apos;record set&apos;); quotes of codings on the field that VALUE no longer contains are removed too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new answer, without what is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--country CC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the targets with their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the targets of country CC, e.g. BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country CC --indicator ID --baseline VALUE --baseline-year YEAR --target VALUE --target-date DATE [--breakdown DIM=CAT] [--unit UNIT] [--milestone DATE=VALUE]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a target and its milestones (coordinators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the target of one indicator in one country, for the total or for one breakdown, and prints its id. Setting the same country, indicator and breakdown again replaces it. The unit is the indicator&apos;s (count or months) unless the indicator is a budget, whose unit is its ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country, e.g. GT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator, e.g. victims_identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIM=CAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One category of a breakdown, e.g. sex=girls (default: the total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count, months, or a currency code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the baseline was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to reach it (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone on the way; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a target (coordinators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the target with this id; setting it again brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set targets from a CSV file (coordinators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a UTF-8 CSV file with a header row (country, indicator, breakdown, unit, baseline, baseline_year, target, target_date, milestones as DATE=VALUE;DATE=VALUE) and sets every target in one change. A bad row is reported with its line number and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder with the .csv or .xml files that select_one_from_file rows name; their choices are stored with the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --state received|approved|needs-changes|rejected [--comment TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the review state of a finalized record (coordinators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the review state of the finalized record with this id, as &apos;record list&apos; prints it, and with --comment adds a comment on the whole record in the same change. The state and the comment reach the record&apos;s author with the next bundle. A researcher may only set received, on its own record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received, approved, needs-changes or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: a comment on the whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--state STATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List finalized records with their review state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the finalized records, newest first, with their review state, author and number of comments: a table in text mode, an array with --json. A record nobody reviewed yet is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the records in this state: received, approved, needs-changes or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a record&apos;s comment thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the comments on the record with this id, oldest first, each with its author, time and the field it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--field NAME] TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on a record or one of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a comment on the record with this id, or with --field on one of its answers, and prints the comment&apos;s id. Coordinators comment on any record; a researcher on its own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form field the comment is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a form version to every member of the project (coordinators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a stored form version to every member of the project with this device&apos;s next bundles or sync: it appears in their form list, and their new records use it when it is the latest version. Records already started keep their version. Prints &quot;published&quot;, or &quot;unchanged&quot; when this definition was already published. Only a coordinator publishes. Without --form-version, the latest version is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to publish (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every target with its latest reported value, the milestone path at that period and its status (on track, at risk, off track, no data; docs/monitoring.md): a table in text mode, an array with --json. Finalized indicator reports count unless a coordinator rejected them or sent them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC --period YEAR --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the country report as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the report of country CC as it stood at the end of YEAR: its targets and their status, a progress chart per target, the NPA status matrix, the qualitative findings counted by manifestation and code (counts below 5 shown as &lt;5) and a methods note. Headings follow --lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the report covers, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every imported form version with its id, version, whether it is published to the project, and title: a table in text mode, an array with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to work in, by id, the start of its id or its name, when the workspace joined several (default: the one used last).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CliContext</name>
    <message>
        <source>There is no Vigia workspace in %1. Create one with &apos;vigiactl init --name NAME&apos;, or point to an existing one with --workspace DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CliHelp</name>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure, including a damaged change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: unknown command or option, malformed argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase, locked workspace, or no passphrase given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vigiactl [GLOBAL OPTIONS] COMMAND [ARGUMENTS…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigiactl is the command-line twin of the Vigia app: every data operation of the app, for scripts and terminals, with --json output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is read from --passphrase-file, else from the environment variable VIGIA_PASSPHRASE, else asked for when vigiactl runs in a terminal. It is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;vigiactl COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vigiactl %1 COMMAND [ARGUMENTS…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;vigiactl %1 COMMAND --help&apos; for the options of a command, and &apos;vigiactl --help&apos; for the global options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options such as --workspace DIR, --passphrase-file FILE and --json work here too; see &apos;vigiactl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation error: the data breaks a rule, e.g. a value its form refuses (one &quot;field: message&quot; line per field), changing a finalized record or deleting a deleted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: no such record, workspace or form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CliOutput</name>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CliParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;. Run &apos;vigiactl --help&apos; to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;vigiactl --help&apos; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;. Run &apos;vigiactl %1 --help&apos; to see what &apos;%1&apos; can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; has no option &apos;--%2&apos;. Run &apos;vigiactl %1 --help&apos; to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos; before the command is complete. Run &apos;vigiactl %2 --help&apos; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;. Run &apos;vigiactl --help&apos; to see the options; a command&apos;s own options come after the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; needs a value: --%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; takes no value; write just --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; needs a value that is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; was given twice; give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run &apos;vigiactl --help&apos; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one more word: %2. Run &apos;vigiactl %1 --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments: vigiactl %1 %2. Run &apos;vigiactl %1 --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take the argument &apos;%2&apos;. Run &apos;vigiactl %1 --help&apos; for its usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CliRoleOption</name>
    <message>
        <source>Unknown role &apos;%1&apos;. Choose --role researcher or --role coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Codebook</name>
    <message>
        <source>No code %1 exists in this codebook. It may have been removed on another device; reopen the codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is deleted. Restore it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code needs a name. Type a name in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a codebook language. Use en, es or pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour. Use the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; cannot go under itself or one of its own sub-codes. Choose another parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading sub-codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code cannot be merged into itself. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; cannot be merged into its own sub-code &quot;%2&quot;. Merge the sub-code into it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codings of a deleted code must go to another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is not deleted, so there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting codebook is missing from this build of Vigia. Reinstall Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CodebookModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 with sub-codes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CodebookPage</name>
    <message>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a top-level code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a code under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected code under another code (or drag it there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every coding and sub-code of the selected code into another code, then delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Spanish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Portuguese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colou&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a code to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of this code</source>
        <translation>
            <numerusform>%n coding of this code</numerusform>
            <numerusform>%n codings of this code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with its sub-codes</source>
        <translation>
            <numerusform>%n with its sub-codes</numerusform>
            <numerusform>%n with its sub-codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the code “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its sub-codes move up one level. Its %n coding(s) are kept but hidden until the code is restored; to keep them visible, merge the code into another instead.</source>
        <translation>
            <numerusform>Its sub-codes move up one level. Its %n coding is kept but hidden until the code is restored; to keep them visible, merge the code into another instead.</numerusform>
            <numerusform>Its sub-codes move up one level. Its %n codings are kept but hidden until the code is restored; to keep them visible, merge the code into another instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move codings, then delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the codings of “%1” to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CodebookPickerDialog</name>
    <message>
        <source>Type to find a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level (no parent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CodingController</name>
    <message>
        <source>Apply code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record before coding it: a coding needs a saved record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text to code first: a coding needs a non-empty selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CodingStore</name>
    <message>
        <source>reading a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 is not in the codebook (it may have been deleted). Choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text to code first: a coding needs a non-empty selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 does not exist or is deleted, so it cannot be coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coding %1 exists. It may have been removed on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding %1 was removed. Apply the code again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing codings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CodingsPanel</name>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings of this narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this passage matters, what to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the selected text (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(text not found in the narrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CommentCommands</name>
    <message>
        <source>No comments on this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, on %3:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CommentStore</name>
    <message>
        <source>A comment needs some text. Write what should change or what was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment holds at most %1 characters; this one has %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name. Name a field of the record&apos;s form, or leave the field out to comment on the whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record %1 exists. List the records to see their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the record&apos;s author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was created by another researcher: only its author and the coordinators comment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is a draft that has not left this device yet. Finalize it before commenting on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CommentThread</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment for the record&apos;s author and the coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ConflictCommands</name>
    <message>
        <source>List the open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every field that two devices changed without seeing each other&apos;s change, with each competing value, the device that wrote it and when. The value in use meanwhile is the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID FIELD (--take DEVICE | --value V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a conflict with one device&apos;s value or a value you give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the chosen value as a change that has seen every competing one, so the conflict closes here and on every device that receives it. The competing values stay in the record&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value this device wrote: its id, the start of it, or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this value instead, e.g. a merged text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1, field %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, field %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;conflicts resolve&apos; needs either --take DEVICE or --value V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id. &apos;vigiactl conflicts list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved the conflict on %1 of record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--country CC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the conflicts on records of country CC, e.g. BR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Conflicts</name>
    <message>
        <source>The field %1 of record %2 has no open conflict. &apos;vigiactl conflicts list&apos; shows the open ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device wrote none of the competing values of %1; take the value of one that did, or give a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 of record %2 has no open conflict (any more); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving a conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ConflictsView</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts: no two devices changed the same answer without seeing each other&apos;s change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merged value, written below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device chosen wrote none of the values of %1; nothing was changed. Select only conflicts it took part in, or write a merged value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved. The resolution travels with your next bundle.</source>
        <translation>
            <numerusform>%n conflict resolved. The resolution travels with your next bundle.</numerusform>
            <numerusform>%n conflicts resolved. The resolution travels with your next bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the first two values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle every selected conflict with the chosen value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts on records of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CoordinatorSteps</name>
    <message>
        <source>Create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the project and its country. This workspace will hold the project key: keep it and its passphrase safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite researchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an &amp;invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an invitation file for a new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a researcher&apos;s request and compare the fingerprint they read to you. Then save the approval and give it back to them, and to every member after each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a join request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a join request file to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the approval for every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import findings, give receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the findings researchers bring on their USB sticks, then save a receipt for them: it tells their devices what arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import findings from files or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a receip&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a receipt for the findings imported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this device&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this device&apos;s records to a folder for another coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invitation to the USB stick for each new researcher. When they open it, read them this fingerprint by phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an invitation file for each researcher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CountryFilterBox</name>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CountryReport</name>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against the targets of the regional monitoring system, as reported up to the end of %1. Made with Vigia on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets are set for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: reported values. Dashed grey: the milestone path from the baseline to the target. Red: the target at its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National plan of action: status matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved or received NPA assessment of this country yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative findings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1 indicator reports with periods ending by %2, the NPA assessments of %3 year(s) and %4 qualitative findings of %2, as held in this Vigia workspace on %5. Only finalized records count that a coordinator approved or has received; records rejected or sent back for changes are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: the latest reported value of each target is compared with its milestone path (straight lines from the baseline through the milestones to the target) at the end of that period. On track: on or ahead of the path; at risk: behind by at most a tenth of the path&apos;s value; off track: further behind; no data: no report gives a value. Of several reports for one period, the one finalized last counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA matrix: for each item and year, the answer of the latest approved or received assessment of that year; no data where there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small cells: counts of qualitative findings below %1 are shown as &quot;&lt;%1&quot; so that few cases cannot be recognised. A finding can concern several manifestations and carry several codes, so the rows do not add up to the total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CryptVfs</name>
    <message>
        <source>The store&apos;s encryption could not start (SQLite or libsodium refused it). Reinstall Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::CsvExporter</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::DashboardPage</name>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet: no indicator reports, targets or NPA assessments. Finalized reports appear here once received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets of %1: %2 on track, %3 at risk, %4 off track, %5 no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NPA matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National plan of action: assessment by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries compared, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA status matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export char&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Database</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the file&apos;s permissions and free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle. Reinstall the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged (%1 failed: %2). Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy in another program (%1). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused access to the store (%1: %2). Check permissions and free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected store error while %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged: a page of it does not open with this workspace&apos;s key (%1). Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::DateField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::DeviceCommands</name>
    <message>
        <source> (recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  revoked in manifest version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bundle received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock %1 (ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) without a receipt</source>
        <translation>
            <numerusform>%n bundle without a receipt</numerusform>
            <numerusform>%n bundles without a receipt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::DeviceNames</name>
    <message>
        <source>No device of this project is called or has an id starting with &apos;%1&apos;. &apos;vigiactl devices list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several devices match &apos;%1&apos;; give more of the device id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::DeviceOverview</name>
    <message>
        <source>reading the devices&apos; clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bundles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the bundles sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ExportCommands</name>
    <message>
        <source>Export the finalized records for analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into; files of the same names are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the records of form ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what may identify a person (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --deidentify: replace sensitive answers by pseudonyms instead of removing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --deidentify: keep the free-text answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: start each file with a byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also export the records a coordinator rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the records by country and this select field, small cells suppressed (default with --deidentify: manifestation); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder to write into with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only applies with --deidentify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) into %1:</source>
        <translation>
            <numerusform>Exported %n record into %1:</numerusform>
            <numerusform>Exported %n records into %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>--format csv|xlsx|spss|refi-qda --out DIR [--form ID] [--deidentify] [--pseudonymize] [--include-text] [--coarsen-dates] [--bom] [--include-rejected] [--aggregate FIELD]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the finalized records of every form (or of one) into DIR: one CSV file per form version and one per repeat with its parent keys, or one XLSX workbook with a sheet for each, or the CSV files with an SPSS syntax file (.sps) beside each; and the data dictionary (fields, labels in every language, types, choices). Rejected records are left out unless asked for. --format refi-qda writes the codebook (codebook.qdc) and the coded narratives (project.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder. --deidentify removes the fields marked sensitive (or replaces them by pseudonyms of this export only with --pseudonymize), leaves out free text unless --include-text, replaces record ids by pseudonyms and adds count tables by country with cells below 5 suppressed. Nothing is written unless the whole export succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx, spss or refi-qda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, xlsx, spss or refi-qda, e.g. &apos;vigiactl export --format csv --out exports&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to --format refi-qda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-text only applies with --deidentify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the path and its permissions, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coding(s) in %1 narrative(s) of %2 record(s) into %3:</source>
        <translation>
            <numerusform>Exported %n coding in %1 narrative(s) of %2 record(s) into %3:</numerusform>
            <numerusform>Exported %n codings in %1 narrative(s) of %2 record(s) into %3:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep only the month of every date; record ids become pseudonyms too (an id holds the moment its record was made).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;De-identify: remove what may identify a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the fields marked sensitive and the free text, replaces record ids by pseudonyms and adds count tables by country with small cells suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace sensitive answers by &amp;pseudonyms instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep free &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the &amp;month of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order mark for E&amp;xcel (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include re&amp;jected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed and wrote nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>Exported %n record into %1.</numerusform>
            <numerusform>Exported %n records into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA (codebook and coded narratives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the path and its permissions, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ids become pseudonyms too: an id holds the moment its record was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Exporter</name>
    <message>
        <source>No form %1 in this workspace. &apos;vigiactl forms list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the export into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ExprEvaluator</name>
    <message>
        <source>&apos;..&apos; at position %1 can only be used as position(..)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation at position %1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position() at position %1 takes &apos;..&apos; or a field such as ${name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ExprFunctions</name>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() at position %2 takes %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex() at position %1: &apos;%2&apos; is not a valid regular expression (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date() at position %1 cannot turn &apos;%2&apos; into a date; write dates as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() at position %2 cannot be evaluated here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex() at position %1: the pattern has %2 characters, more than the limit of %3; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex() at position %1: in &apos;%2&apos;, a group repeated without limit holds another repetition without limit, which can take hours to test on some answers; make the inner repetition possessive (++ or *+), make the group atomic (?&gt;…), or rewrite the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex() at position %1: in &apos;%2&apos;, a group repeated without limit has alternatives of which one begins with another, which can take hours to test on some answers; make the group atomic (?&gt;…) or rewrite the alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex() at position %1: &apos;%2&apos; could not be tested against this answer: it needs too many steps, or the answer holds invalid characters; simplify the pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ExprGraph</name>
    <message>
        <source>these fields depend on each other in a circle: %1; a calculation or relevance condition cannot read, even indirectly, the field it decides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ExprLexer</name>
    <message>
        <source>the expression is %1 characters long, more than the %2 allowed; split it across calculate fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text starting at position %1 has no closing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;${&apos; at position %1 must be followed by a field name and &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ExprParser</name>
    <message>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the expression at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression nests more than %1 levels deep at position %2; split it across calculate fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;..&apos; at position %1 can only be used as position(..)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not understood; refer to a field as ${%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FeedbackCheck</name>
    <message>
        <source>checking who may comment on a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking who may review a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle approves, rejects or asks for changes to a record, which only a coordinator does, but device %1 is not a coordinator; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle carries a review or a comment by device %1 on a record that device did not create; only coordinators review and comment on other researchers&apos; records. Nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormCommands</name>
    <message>
        <source>No forms yet. Import one with &apos;vigiactl forms import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 version %2 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The form has %n problem(s), listed in the output. Nothing was imported.</source>
        <translation>
            <numerusform>The form has %n problem, listed in the output. Nothing was imported.</numerusform>
            <numerusform>The form has %n problems, listed in the output. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1 (from the form&apos;s content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 version %2 goes to every member with this device&apos;s next bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormFile</name>
    <message>
        <source>%1 is not a folder; give the folder that holds the form&apos;s choice files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a form definition (.json) nor an XLSForm workbook (.xlsx). Give a file with one of those extensions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormJson</name>
    <message>
        <source>Could not write the form definition %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form definition %1 does not exist. Check the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the form definition %1: %2. Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3. Fix the file with a text editor or export the form again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3. See docs/form-format.md for the form definition format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigia (form format %2). Update Vigia to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups nest more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row needs a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of media kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a group or a repeat has children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every choice needs a list_name and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of texts per language, such as {&quot;en&quot;: &quot;Age&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormPublication</name>
    <message>
        <source>A published form in this bundle cannot be read; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a published form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator publishes forms to the project. Ask your coordinator to publish form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 version %2 is too large to publish (%3 MB); the limit is %4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the published forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormPublicationCheck</name>
    <message>
        <source>This bundle publishes a form, which only a coordinator does, but device %1 is not a coordinator of the project; nothing was imported. Tell the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle carries a published form that cannot be read; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle publishes form %1 version %2, which breaks the form rules; nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle publishes form %1 version %2, but this device already holds a different definition under that version, and a form version never changes; nothing was imported. Ask the coordinator to publish the new definition under a new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormRegexWarnings</name>
    <message>
        <source>survey row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The form is imported all the same: Vigia stops testing an answer after ten million steps and shows an error on the field instead of accepting or refusing the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormSession</name>
    <message>
        <source>The form cannot be filled in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has a row without a name or a name used twice (%1); check it with &apos;vigiactl forms validate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 holds no answer; only questions can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is calculated by the form and cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not evaluate the %1 of this field: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not allowed here; check it against the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 instances, as its repeat count decides; there is no instance %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can have at most %2 instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is inside a repeat; name the instance, as in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no repeat %1; name a repeat and the instances around it, as in members[2]/children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of instances of %1 follows from its repeat count; change the answers it depends on instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no repeat instance %1; name it as in members[2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer one of the choices here, after the answers above changed; pick another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1, column %2: ${%3} is the name of more than one field; check the form with &apos;vigiactl forms validate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1} is the name of more than one field; check the form with &apos;vigiactl forms validate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormSessionTypeCheck</name>
    <message>
        <source>Enter a whole number, such as 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as year-month-day, such as 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2024-05-31T14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time, such as 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices; pick from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the latitude and the longitude as numbers, such as 4.61 -74.08.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to acknowledge (stored as OK), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2 in steps of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormStore</name>
    <message>
        <source>reading a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 version %2 already exists with a different definition. Forms versions never change: give the new definition a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no form %1 in this workspace. Import it first (vigiactl forms import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %2 of form %1 in this workspace. Import it first (vigiactl forms import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormValidator</name>
    <message>
        <source>survey row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: the form has no form_id; give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: the form has no version; give it one, such as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown type &apos;%2&apos;; see docs/form-format.md for the types Vigia knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row has no name; give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid name; start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs a choice list, as in &apos;%2 yes_no&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the choice list &apos;%2&apos; does not exist; add it to the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ${%2} refers to a field that does not exist; check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices row %1, column name: the list &apos;%2&apos; has the choice &apos;%3&apos; twice; rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices: the list &apos;%1&apos; has the choice &apos;%2&apos; twice; rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name %2 is already used in row %3 of the same group or repeat; rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name %2 is already used in row %3, and one of them is a repeat; a repeat&apos;s name must be unique in the whole form, so rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice, and one of them is a repeat; a repeat&apos;s name must be unique in the whole form, so rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ${%2} is ambiguous: the name %2 is used by %3. A ${…} reference needs a name used only once in the form; rename all but one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice in the same group or repeat; rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::FormsView</name>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 version %2 is published: it reaches every member of the project with your next bundles or sync. Records already started keep their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a form version to send it to every member of the project with your next bundles or sync. Their new records use the latest version; records already started keep theirs. A published version never changes: publish changes under a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected form version to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a form from an XLSForm workbook or a form file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::History</name>
    <message>
        <source>reading the history of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change touched record %1 in this workspace. List the records to find its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change touched the field %1 of record %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HistoryCommands</name>
    <message>
        <source>RECORD [FIELD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every change of a record, or of one of its fields, and where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, oldest first, every change that touched the record (or the field): the device that wrote it, when (its clock, as local time), the bundle that brought it or &quot;written here&quot;, and whether it took part in a conflict or resolved one. Then, for each device involved, whether its chain of changes is intact and whether its clock was found ahead of this device&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id. &apos;vigiactl record list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (resolved a conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (in conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 = %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its clock was ahead of this device&apos;s by more than ten minutes; its times may be too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (draft, never sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubAuth</name>
    <message>
        <source>This request needs a session. Open one with a challenge and the device&apos;s signature, then send its token as &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token is unknown or has expired. Open a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session belongs to another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was revoked by the project&apos;s coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s administration blocked this device, as one reported lost or stolen. Contact the project&apos;s coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubCli</name>
    <message>
        <source>vigia-hub: unknown command &apos;%1&apos;. Run &apos;vigia-hub --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub init: name the data folder with --data DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub init: could not create %1. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub ready in %1 (hub id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub project create: give the project&apos;s name and --data DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this one-time token to the coordinator who owns &apos;%1&apos;; it registers the project once and is shown only now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub stats: name the data folder with --data DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects: %1
Devices: %2
Bundles: %3 (%4 bytes)
Uploads in progress: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub serve: name the data folder with --data DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub serve: --listen takes ADDRESS:PORT, such as 127.0.0.1:8470.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub serve: %1 holds no hub. Run &apos;vigia-hub init --data %1&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub serve: could not set up signal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub: listening on %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub: stopping; letting requests in progress finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub init: --database takes a postgresql:// URI, such as postgresql://vigia@db.example.org/vigia_hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub init: could not write %1. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub %1: %2 holds no hub. Run &apos;vigia-hub init --data %2&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub devices list: name the data folder with --data DIR, and a project with --project and its 32 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub serves no project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (project %2, manifest version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked by the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked on this hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub %1: give the device&apos;s id (32 hex digits), --project ID and --data DIR, as &apos;vigia-hub devices list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 of project %2 is blocked on this hub: it can open no session, and the sessions it has are refused. It stays in the project&apos;s manifest: ask the project&apos;s coordinator to revoke it in a new manifest. &apos;vigia-hub devices restore&apos; lifts the block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 of project %2 is no longer blocked on this hub; it has the access the project&apos;s manifest gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub backup: name the folder for the copy and the data folder: vigia-hub backup DIR --data DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub backup: this hub keeps its data in PostgreSQL, and pg_dump is its backup; vigia-hub copies only the SQLite store. Run, as a user who may read the database (the password comes from ~/.pgpass or PGPASSWORD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub backup: could not create %1. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub serve: give both --tls-cert FILE and --tls-key FILE, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigia-hub serve: could not read %1. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubClientSession</name>
    <message>
        <source>Could not sign in to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub opened a session without a token. Check that the address is a Vigia hub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubConnection</name>
    <message>
        <source>the hub&apos;s certificate is not the one this project pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub did not answer for %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s certificate is not trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubCoordinatorPanel</name>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the one-time token the hub&apos;s administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is registered on the hub. New members can now join with an invitation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation code is valid for 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works once, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved as %2. The hub passes the new list of members on to every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, before anyone joins: register the project on the hub with the one-time token its administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time token from the hub&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the project on the hu&amp;b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the project on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new member joins with a code you read to them by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for (da&amp;ys):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the invitation code is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an invitation code on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the code to the new member, who joins with &quot;Join with a code&quot; on their Sync page. Read them the project&apos;s fingerprint too, so they know the project is yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join requests waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join requests waiting on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No join request is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the join requests waiting on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k and approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubEndpoint</name>
    <message>
        <source>&apos;%1&apos; is not a hub address. Give one such as https://hub.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate fingerprint is the certificate&apos;s SHA-256 as 64 hexadecimal digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubEnrollment</name>
    <message>
        <source>Send the code&apos;s hash (64 hex digits), the invitation (base64) and expires_in between 60 seconds and 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation is not signed by this project&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invitation code as the coordinator gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation code is unknown, was already used or has expired. Ask the coordinator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the enrollment token from the redeemed code and this device&apos;s signed join request (base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join request is for another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment token is unknown, used or expired. Redeem a new invitation code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubHttpServer</name>
    <message>
        <source>The body is larger than this route takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not listen on %1 port %2: the port may be in use or need privileges. Choose another with --listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This libmicrohttpd has no TLS. Leave out the certificate and run the hub behind nginx (packaging/nginx/vigia-hub.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not start HTTPS on %1 port %2: check that the certificate and key are PEM files that belong together, and that the port is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubJoin</name>
    <message>
        <source>&apos;%1&apos; is not an invitation code. A code has 21 letters and digits, often written in groups of four; check it with your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not take the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub handed over an invitation that does not match the code, so nothing was sent and this device joined nothing. Tell your coordinator: the hub may not be the project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not take the join request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubJson</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s device of the project may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;after&apos; is a sequence number and &apos;limit&apos; between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubProjectAdmin</name>
    <message>
        <source>The hub did not register the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not keep the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not list the join requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No join request of device %1 is waiting on the hub. List them with &apos;vigiactl project requests list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on this device, but the hub did not take the new manifest yet; the next sync sends it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubReceipts</name>
    <message>
        <source>The receipt must be signed by this session&apos;s device, for this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubService</name>
    <message>
        <source>This route does not take that method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such route. The API is described in docs/hub-api.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than this route takes (%1 bytes at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the one-time token from &apos;vigia-hub project create&apos; and the project&apos;s first manifest (base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project token is unknown or was already used. Ask the hub&apos;s administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub does not serve that project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub already holds manifest version %1; only a higher version replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another manifest was stored at the same time. Fetch the newest and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the device as 32 lower-case hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not an approved device of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the device, the challenge&apos;s nonce and the device&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the device&apos;s key for this hub and challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This challenge is unknown, expired or already used. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub holds no such bundle in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is outside the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This device sent more requests than the hub takes in a minute. Try again in %n second(s).</source>
        <translation>
            <numerusform>This device sent more requests than the hub takes in a minute. Try again in %n second.</numerusform>
            <numerusform>This device sent more requests than the hub takes in a minute. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::HubSyncPanel</name>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto&amp;matic sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically whenever a connection exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia sends your finalized work and fetches what is addressed to you by itself whenever a connection exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::HubUploads</name>
    <message>
        <source>This hub speaks tus 1.0.0; send &apos;Tus-Resumable: 1.0.0&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the bundle&apos;s size in Upload-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle may have %1 bytes at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the bundle in Upload-Metadata: &apos;bundle&apos; and the base64 of its 64-digit hex id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PATCH carries &apos;Content-Type: application/offset+octet-stream&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads are created with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload takes HEAD, PATCH or DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is already being uploaded with another length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request is writing this upload. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such upload; it may have expired. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub holds %1 bytes of this upload; continue from there (HEAD tells the offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body goes past the upload&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload-Checksum takes sha1 or sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body does not match its checksum; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload&apos;s bytes do not add up to its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s id is not the one named when the upload began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle belongs to another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by another device than the one uploading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request is completing this upload. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has %1 uploads in progress, the most this hub allows. Finish some of them, or DELETE those it no longer needs, before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::IdentityCommands</name>
    <message>
        <source>Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;init&apos; needs a name for this device, for example: vigiactl init --name &quot;Ana - laptop&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace already exists in %1; nothing was changed. Use it (e.g. &apos;vigiactl identity show&apos;), or choose another folder with --workspace DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: VIGIA_INSECURE_TEST_KDF=1 is set, so the passphrase protection of this workspace is weak. Use it for tests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a workspace in %1. Keep the passphrase safe: without it nobody can open this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess; nothing was created. Add a few unrelated words: four or more are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ImportFormDialog</name>
    <message>
        <source>Choose a form file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx);;Form definitions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the choice files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: the form %1, version %2, is already in this workspace exactly as in this file, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the form %1 as version %2. The workbook sets no version, so the version comes from the form&apos;s content; to number versions yourself, add a version column to its settings sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the form %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reaches the project&apos;s members once you publish it on the Forms tab of the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not imported, and nothing in the workspace changed. Correct the file as each line below says, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an XLSForm workbook (.xlsx), as made for ODK, KoboToolbox or Ona, or a Vigia form definition (.json). The same file imported again changes nothing; a changed form comes in as a new version beside the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the form file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of &amp;choice files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and problems of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for forms whose select_one_from_file rows read their choices from CSV or XML files: the folder that holds those files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form reads choices from %1. They are read from this folder, which starts as the workbook&apos;s own; leave it empty to import the form without them (those questions are then not asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Inbox</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender %1 is not approved in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the device (a manifest that lists it); the bundle is then imported automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was deleted from the quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of device %1 wait for its changes %2 to %3, which have not arrived.</source>
        <translation>
            <numerusform>%n change of device %1 waits for its changes %2 to %3, which have not arrived.</numerusform>
            <numerusform>%n changes of device %1 wait for its changes %2 to %3, which have not arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundle of device %1 that carries its changes %2 to %3 (ask for it again if it was lost); these changes are then applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the records of a bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::InboxCommands</name>
    <message>
        <source>List the bundles this device received and what became of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every bundle received, from a file or the hub, newest first: its sender (name and the first group of its fingerprint), when it was written and received, where it came from, its numbers of changes and records, and its state: applied, already-applied, quarantined (with why and what would release it) or refused (with why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the bundles of this device: its id, the start of it, or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only bundles in this state: applied, already-applied, quarantined or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state: give applied, already-applied, quarantined or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  from %3  written %4  received %5  via %6  %7, %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>    why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    to release it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--device ID] [--state STATE] [--country CC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the bundles that changed a record of country CC, e.g. BR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::InboxLog</name>
    <message>
        <source>recording which bundle brought each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a received bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::InboxView</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle received matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would release it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed by this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed by this bundle:</source>
        <translation>
            <numerusform>%n record changed by this bundle:</numerusform>
            <numerusform>%n records changed by this bundle:</numerusform>
        </translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records the selected bundle changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::IndexableFields</name>
    <message>
        <source>reading the sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Invitation</name>
    <message>
        <source>The invitation is damaged or malformed. Ask the coordinator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::JoinByCodeDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device joined the project %1, but its request did not reach the hub. Close this window and give your coordinator the request on a USB stick (step 2 of the Sync page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a project with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of your project&apos;s hub and the invitation code your coordinator reads to you. Capitals, spaces and dashes in the code do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-hosted hub (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the certificate fingerprint of a self-hosted hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint of the hub (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a hub with a certificate of its own: the 64 characters its administrator gave you. Leave it empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this device&apos;s fingerprint to your coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once your coordinator approves this device, the approval arrives by itself with the next sync: nothing else to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the project with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::JoinRequest</name>
    <message>
        <source>The join request is damaged or malformed. Ask the device&apos;s owner to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::JoinRequestDialog</name>
    <message>
        <source>Approve join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the person who sent this request and ask them to read their device&apos;s fingerprint aloud (their Sync page shows it). Approve only if every group matches: anyone can write a request file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role the device asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to be:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Researcher: sends findings, receives the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oordinator: receives all data of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device will receive every researcher&apos;s findings, including names of places and quotes. Choose Coordinator only for a national coordinator&apos;s or the observatory&apos;s own computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::KeyStore</name>
    <message>
        <source>The keystore file %1 is damaged or is not a Vigia keystore. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised. Reinstall Vigia; if the problem persists, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough protected memory for the keys. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the keystore file %1 (%2). Check that the folder exists, is writable and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keystore already exists at %1 and was left untouched. Vigia never overwrites a device identity; move that file away first if you really want a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty. Choose a passphrase to protect the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings are out of range. Use the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file %1 was written by a newer version of Vigia. Update Vigia to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the keystore file %1 (%2). Check that your user may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keystore file at %1. Check the workspace folder, or set up this device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device keys are incomplete or do not belong together. Generate new keys and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public information may not contain the reserved field &quot;%1&quot;. Rename that field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file %1 was created by a test build of Vigia with key-derivation settings that cannot protect real data, so this version refuses to open it. Create a new workspace, and never keep real data in one made by a test build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These key-derivation settings are for tests only and cannot protect real data, so this version of Vigia does not use them. Use the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store key has 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file %1 holds no key of the store yet. Open the workspace once, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of the store&apos;s key in %1 is not finished. Open the workspace once to finish it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s key in %1 was changed by another program meanwhile. Close every program using the workspace, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::LockScreen</name>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Vigia stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::MainWindow</name>
    <message>
        <source>Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auto-lock setting was changed outside Vigia and has been reset to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Vigia locked, the record you were editing could not be saved: %1

What you typed just before the lock may be missing. Open the record and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Quit anyway and lose what you typed since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Vigia now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store key not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer of changes is still running. Change the store key once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record you are editing could not be saved: %1

The store key was not changed. Save the record, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the records under the new key. Vigia opens them again when it is done; keep the computer on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Unlock Vigia to open the store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has a new key, and the old one no longer opens it. Every record was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia opens bundles (.vigiabundle), invitations (.vigiainvite) and approvals (.vigiamanifest); %1 is none of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer or an export is still running. Choose the other project once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record you are editing could not be saved: %1

Save the record, then choose the other project again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Migrations</name>
    <message>
        <source>The store %1 was written by a newer version of Vigia (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::MultiChoiceField</name>
    <message>
        <source>Type to filter the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the choices of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::NeedsChangesLabel</name>
    <message numerus="yes">
        <source>⚑ %n of your records need(s) changes</source>
        <translation>
            <numerusform>⚑ %n of your records needs changes</numerusform>
            <numerusform>⚑ %n of your records need changes</numerusform>
        </translation>
    </message>
    <message>
        <source>A coordinator asked for changes: filter the records by review state &quot;Needs changes&quot;, edit them and finalize them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::NewPassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: four unrelated words together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess, so it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::NpaStatusText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Op</name>
    <message>
        <source>A change in this data is malformed (%1). The data was not applied; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device id is not 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row id is not 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous hash is not 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity or field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time is not after the value it replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CBOR array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value digest is not 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kept hash without a removed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a removed value without its digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value does not match its digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::OpLog</name>
    <message>
        <source>writing the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no value of &quot;%1&quot; to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::OpValueText</name>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::OplogCommands</name>
    <message>
        <source>The change log is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The change log has %n problem(s), listed in the output. Do not share or sync this workspace; ask your coordinator for help.</source>
        <translation>
            <numerusform>The change log has %n problem, listed in the output. Do not share or sync this workspace; ask your coordinator for help.</numerusform>
            <numerusform>The change log has %n problems, listed in the output. Do not share or sync this workspace; ask your coordinator for help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::Outbox</name>
    <message>
        <source>counting the changes not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the exported changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking changes as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the changes already sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::OutboxCountsBox</name>
    <message>
        <source>Your records and codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the coordinator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their way, waiting for the coordinator&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their way, waiting for the coordinator&apos;s receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::OutboxSummary</name>
    <message>
        <source>counting the records not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the records received by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseCommands</name>
    <message>
        <source>[--new-passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase that protects this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the current passphrase and opens the workspace with it, then takes the new one from --new-passphrase-file, VIGIA_NEW_PASSPHRASE or, on a terminal, a prompt (typed twice). The new passphrase must be as hard to guess as &apos;init&apos; requires and differ from the current one. The keystore is rewritten in one step: if anything fails, the current passphrase still opens the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess; the passphrase was not changed. Add a few unrelated words: four or more are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase of the workspace in %1. From now on only the new passphrase opens it; keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseSource</name>
    <message>
        <source>This command needs the workspace passphrase. Pass it with --passphrase-file FILE (the passphrase on the first line) or the VIGIA_PASSPHRASE environment variable, or run vigiactl in a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is too large to be a passphrase file. Put only the passphrase in it, on the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 starts with an empty line. Put the passphrase on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Run the command again and type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough protected memory to hold the passphrase. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes. Choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs the new passphrase. Pass it with --new-passphrase-file FILE (the passphrase on the first line) or the VIGIA_NEW_PASSPHRASE environment variable, or run vigiactl in a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer may be able to read the passphrase file %1. Make it private with: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 does not exist. Check the path given to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered. Type it at the prompt, or pass it with %1 FILE or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given. Pass it with %1 FILE or %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to guess. Add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. One or two more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to guess. Keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. Several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: this is one of the first passwords anyone would try. Several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: repeated characters and sequences such as &quot;aaaa&quot; or &quot;1234&quot; are easy to guess. Several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: only one kind of character, and not long enough for that. Add more words, or mix in capitals, digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: not long enough to be hard to guess. Add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::PdfCanvas</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::PgHubStore</name>
    <message>
        <source>The hub serves no project with this id; %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub holds this already; %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values break a rule of the hub&apos;s database; %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is out of disk or memory; %2 failed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost while %2 was being committed; whether it was saved is unknown. Try again: every hub call can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 cannot be reached; %2 failed. Check that it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused %1 (SQLSTATE %2). The hub&apos;s log says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s database failed while %1. The hub&apos;s log says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s database failed while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s database was busy with another process; %1 did not happen. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub holds no such bundle for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s database must be given as a postgresql:// URI, such as postgresql://vigia@db.example.org:5432/vigia_hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 could not be reached (%2). Check that it runs and that the URI names the right host, port, database and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to the hub&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the hub&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at %1 is not a vigia-hub database; nothing was changed. Give the hub a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub database at %1 was written by a newer vigia-hub (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at %1 holds tables of something else; nothing was changed. Give the hub a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the hub id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub database at %1 has no valid hub id. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a project slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project slot with this token exists already; nothing was added. Create the slot with a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unused project slot has this token; nothing was registered. Each token registers one project: ask the hub&apos;s operator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub already serves a project with this id; nothing was registered. A project registers once, then sends new manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the project&apos;s manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s manifest changed meanwhile (the hub holds version %1, not %2); nothing was replaced. Read the new manifest and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest on this hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub database holds a device with an unknown role. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the project&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a sign-in challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking a sign-in challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is unknown or has expired; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload cannot have a negative length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no such upload (it may have expired); start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the uploaded bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload stands at byte %1, not %2; nothing was saved. Resume from byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bytes go past the upload&apos;s length of %1 bytes; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the uploaded bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload&apos;s stored parts do not follow each other; delete the upload and send the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no such upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing expired uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is %1 bytes, not the %2 announced; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the project&apos;s bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A byte range cannot start or run backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bundle&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range starts at byte %1, past the end of the bundle (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s stored parts do not add up to its size. Restore the hub database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting what the hub holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the project&apos;s receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading who sent the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation with this code exists already; nothing was added. Make a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation code is unknown, used already or expired. Ask for a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeeming the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the join requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the device&apos;s uploads in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProgressCalculator</name>
    <message>
        <source>A report of %1 in %2 gives its value in %3, but the target is in %4; values in different units are never mixed. Correct the report (record %5) or set the target in its unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProgressChart</name>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProgressStatusText</name>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectAdmin</name>
    <message>
        <source>Only a coordinator&apos;s workspace can create a project. Create one with &apos;vigiactl init --role coordinator&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code. Give two letters, e.g. --country BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already belongs to a project; nothing was changed. Use a separate workspace for each project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This join request is for another project; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was revoked from the project and cannot be approved again. Set up a new workspace on it and send a new join request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved device has the id %1. &apos;vigiactl devices list&apos; shows the devices of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device holds the project key and cannot revoke itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 is already in the project with other keys; nothing was changed. If its keys really changed, revoke the device and ask for a new join request from a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading what the device has sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectChooser</name>
    <message>
        <source>Project not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project whose records, targets and bundles the pages show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectCommands</name>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name NAME --country CC [--hub URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project with this coordinator device as its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the project signing key (kept in the workspace, sealed to this device&apos;s keys) and manifest version 1 listing this device as coordinator and recipient. Prints the project key&apos;s fingerprint: members compare it when they join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s country, e.g. BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s address (may stay empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an invitation file for a new member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the invitation (project id, hub address, project key) signed by the project key. Tell the new member the project key&apos;s fingerprint over the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this device&apos;s join request for the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a join request signed by this device: its id, name, role and public keys. Prints this device&apos;s fingerprint, which the coordinator compares when approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a join request and issue a new manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a device from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the current manifest to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the signed manifest in force, to hand to every member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a newer manifest from the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts the manifest only if the pinned project key signed it, it is for this project and its version is higher than the one in force; otherwise nothing changes. Bundles in quarantine whose sender it approves are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the devices of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;project create&apos; needs --name NAME and --country CC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the project. Keep this workspace safe: it holds the project key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the project. Compare the project key&apos;s fingerprint with your coordinator&apos;s, then send them your join request (project request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id. &apos;vigiactl devices list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the device. Send the new manifest to every member (project manifest export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no manifest to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s) from quarantine.</source>
        <translation>
            <numerusform>Imported %n bundle from quarantine.</numerusform>
            <numerusform>Imported %n bundles from quarantine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the requesting device, the role it asks for and its fingerprint. Nothing changes until the fingerprint is confirmed: give the one the person read to you by phone with --fingerprint (it must match), or answer yes at the prompt on a terminal. The device joins as a researcher unless you choose --role coordinator; the role written in the request is never taken from it. Then it is added to the project and the next manifest version is issued (hand it out with project manifest export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>researcher (default) or coordinator: a coordinator receives every researcher&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint the person read to you; spaces, dashes and case do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a manifest without the device. It records how far this workspace had accepted the device&apos;s changes: every member refuses the device&apos;s later changes, whatever date they carry; those accepted before stay valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 as %2. Send them the manifest (project manifest export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join request from %1 (asks to be %2), device id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: as a coordinator this device will receive every researcher&apos;s data in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you gave does not match this join request&apos;s (%1); nothing was changed. The request may not come from the person you spoke to: ask them to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the fingerprint match, group by group, the one the person read to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving needs the fingerprint confirmed; nothing was changed. Give --fingerprint with the fingerprint the person read to you by phone, or run the command on a terminal to answer the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [--role researcher|coordinator] [--fingerprint FINGERPRINT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a project from an invitation file or a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins the project and its key from the invitation, and prints the key&apos;s fingerprint: compare it with the coordinator&apos;s before going on. From then on only manifests signed by that key are accepted. With --hub and --code, the invitation comes from the hub, is checked against the code before anything is sent, and the join request goes to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation code read out by the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-hosted hub certificate&apos;s SHA-256, as the coordinator gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;project join&apos; needs an invitation FILE, or --hub URL and --code CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE | --hub URL --code CODE [--pin HASH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the devices of the manifest in force with role, fingerprint and whether they receive researcher data, then the revoked devices; for each, when the last bundle from it arrived, how far its clock ran from this one&apos;s then (flagged when more than ten minutes ahead) and how many bundles sent to it wait for its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectDevicesPanel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ahead</source>
        <translation>
            <numerusform>%n minute ahead</numerusform>
            <numerusform>%n minutes ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of %1&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices asking to join the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before approving, call the person and have them read their device&apos;s fingerprint aloud (their Sync page shows it). It must be this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectFileDialog</name>
    <message>
        <source>Invitations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectFiles</name>
    <message>
        <source>invitation</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join-request</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <comment>file name of the coordinator&apos;s manifest</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectInfoPanel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: waiting for the coordinator&apos;s manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: this project syncs by USB stick only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectKey</name>
    <message>
        <source>Could not generate the project key. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already holds a project key (%1); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are incomplete; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough protected memory for the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the project key; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace does not hold the project key, so it cannot issue invitations or manifests. Only the coordinator who created the project can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project key file %1 is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project key file %1 belongs to another device and cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectManifest</name>
    <message>
        <source>The project manifest is damaged or malformed. Ask the coordinator for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the holder of the project key can issue a manifest, and this workspace does not hold the key of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This manifest is not signed by the key of your project (fingerprint %1); it was ignored. Ask your coordinator for the project&apos;s manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names a project key other than the one that signed it. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This manifest belongs to another project; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectPasses</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectProgress</name>
    <message>
        <source>remembering which project files were saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading which project files were saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectSetupDialog</name>
    <message>
        <source>Create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. https://hub.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer will hold the project key. Keep the workspace and its passphrase safe: without the key nobody can approve new members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectStore</name>
    <message>
        <source>reading the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet. Join one with &apos;vigiactl project join INVITATION&apos;, or create one with &apos;vigiactl project create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no project manifest yet. Send your join request to the coordinator and import the manifest they send back (&apos;vigiactl project manifest import FILE&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already belongs to another project; nothing was changed. Use a separate workspace for each project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This manifest is version %1, but version %2 is already in force; nothing was changed. Ask the coordinator for the newest manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ProjectStores</name>
    <message>
        <source>reading the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Projector</name>
    <message>
        <source>storing a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating a projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::QdaCorpusReader</name>
    <message>
        <source>counting the records to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the codings to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the records to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::QuarantineCap</name>
    <message>
        <source>This bundle (%1) comes from a device that is not approved in this project, and it is larger than the quarantine may hold (%2); nothing was kept. Import it again after the manifest approving its device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making room in the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::QuarantinePanel</name>
    <message>
        <source>No bundles are waiting in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles waiting for their sender&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bundles come from devices the project has not approved yet. They are imported by themselves once a manifest approves the sender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Receipt</name>
    <message>
        <source>The receipt is damaged or malformed. Ask the coordinator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ReceiptBook</name>
    <message>
        <source>reading the imported bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt belongs to another project; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt is not signed by a coordinator device of the project; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the drive is plugged in and writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ReceiptCommands</name>
    <message>
        <source>&apos;receipt export&apos; needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the receipt to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) acknowledged; %1 still waiting for a receipt.</source>
        <translation>
            <numerusform>%n change acknowledged; %1 still waiting for a receipt.</numerusform>
            <numerusform>%n changes acknowledged; %1 still waiting for a receipt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RecordCheck</name>
    <message>
        <source>Form %1 version %2 has no such field; &apos;vigiactl forms show %1 --form-version %2&apos; lists its fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordCommands</name>
    <message>
        <source>&apos;%1&apos; is not of the form FIELD=VALUE; write for example country=BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;. Use --status draft or --status finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; given to --%2 is not a date. Write dates as YYYY-MM-DD, for example 2024-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2, so nothing could match. Swap the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; given to --%2 is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;record new&apos; needs a form: vigiactl record new --form ID. Run &apos;vigiactl record new --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n field(s) in record %1.</source>
        <translation>
            <numerusform>Saved %n field in record %1.</numerusform>
            <numerusform>Saved %n fields in record %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 is finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is deleted; &apos;vigiactl record restore %1&apos; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No records here: %n record(s) match, fewer than --offset %1.</source>
        <translation>
            <numerusform>No records here: %n record match, fewer than --offset %1.</numerusform>
            <numerusform>No records here: %n records match, fewer than --offset %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1–%2 of %3. Use --offset and --limit to see others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 is not in this workspace, so its records cannot be checked. Import it with &apos;vigiactl forms import FILE&apos;; &apos;vigiactl forms list&apos; shows the forms there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of record %2 is removed from this device; the next bundle or sync removes it everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordDraft</name>
    <message>
        <source>Form %1 version %2 has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 row holds no answer; only questions can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia fills in this %1 field itself; it cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form calculates this field; it cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordEditCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordEditor</name>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before finalizing</source>
        <translation>
            <numerusform>%n problem to correct before finalizing</numerusform>
            <numerusform>%n problems to correct before finalizing</numerusform>
        </translation>
    </message>
    <message>
        <source>Not finalized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); drafts are also saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every answer and finalize the record (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the finalized record a draft again to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds answers. Remove the card with its answers? Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next problem (%n)</source>
        <translation>
            <numerusform>Next problem (%n)</numerusform>
            <numerusform>Next problem (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the next field to correct (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to correct before finalizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;odings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;odings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the codings and memos of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an answer everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no written answer to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was removed from every earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an answer from every earlier version of it, here and on every device: for a name typed by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commen&amp;ts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commen&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the comments on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide every change of this record: who, when and through which bundle (%1 for the answer with the focus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordField</name>
    <message>
        <source>%1 *</source>
        <comment>required field marker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field label (repeat instance)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordFinalizer</name>
    <message>
        <source>Form %1 version %2 is not in this workspace, so record %3 cannot be checked or finalized. Import that form version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %1 cannot be finalized: %n answer(s) need attention. The first: %2</source>
        <translation>
            <numerusform>Record %1 cannot be finalized: %n answer needs attention. The first: %2</numerusform>
            <numerusform>Record %1 cannot be finalized: %n answers need attention. The first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RecordHistoryModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordHistoryPanel</name>
    <message>
        <source>Every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chain of changes intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its clock was ahead of this device&apos;s by more than ten minutes; its times may be too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer whose changes are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of this record, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that wrote these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w changes of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordListModel</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordPages</name>
    <message>
        <source>counting the records to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the records to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordPreview</name>
    <message>
        <source>Record preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see it here. Press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: open the record to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordRedaction</name>
    <message>
        <source>checking who may remove a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of a record; name a field of its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the researcher who created record %1, or a coordinator, may remove its answers. Ask your coordinator to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordStore</name>
    <message>
        <source>&apos;%1&apos; is not a record id. A record id looks like 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs a form id. Name the form to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is deleted. Restore it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is finalized. Reopen it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is deleted. Restore it before reopening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not finalized, so there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not deleted, so there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record %1 exists in this workspace. List the records to find its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid field name. Use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter; a field in a repeat is written like members[2]/age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the codings of the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordTally</name>
    <message>
        <source>counting records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordText</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordWriteCheck</name>
    <message>
        <source>This bundle changes record %1, which device %2 did not create; only the record&apos;s author and the coordinators write it, and only a coordinator settles a conflict on another member&apos;s record. Nothing was imported. Tell the coordinator who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking who may change a record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RecordsPage</name>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the records&apos; text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records dated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records dated until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (Delete); it can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no form in this workspace yet. Import a form first, then start a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which form is the record for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record? You can restore it right after with Undo delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The record stays open so that nothing you typed is lost. Free some disk space, or close other programs that use the workspace, then close it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match the search and the filters. Press Esc in the search box to clear it, or choose other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records yet. Start one with New record (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RedactAnswerDialog</name>
    <message>
        <source>Remove an answer everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this when an answer holds what it must not, such as a child&apos;s name typed by mistake. Edit the answer into what it should say: every earlier version of it is removed from this device now, and from every other device when the removal reaches it with the next bundle or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Only the researcher who created the record, or a coordinator, may do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Redactions</name>
    <message>
        <source>A removal of a value in this data is malformed. Nothing was applied; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ReferenceData</name>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file %1 is missing. Restore it, or stop using the folder of edited reference data so that Vigia uses its built-in copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the reference data file %1 (%2). Check that the file can be read by your user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file %1 is not valid JSON: %2 at line %3 (byte offset %4). Correct the file there, or restore the copy shipped with Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file %1 has no valid &quot;version&quot; (a whole number from 1). Add one, and raise it whenever the file is edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file %1 has no &quot;%2&quot; list, or the list is empty. Add it, or restore the copy shipped with Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, entry %2 of the &quot;%3&quot; list has no &quot;%4&quot;. Give every entry a unique &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, &quot;%2&quot; in the &quot;%3&quot; list is not an ISO 3166-1 alpha-2 country code. Use two capital letters, such as &quot;AR&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the id &quot;%2&quot; in the &quot;%3&quot; list is not valid. Use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the &quot;%2&quot; list contains &quot;%3&quot; more than once. Remove the duplicate entry or give it another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, &quot;%2&quot; in the &quot;%3&quot; list has no %4 text (&quot;%5&quot; under &quot;%6&quot;). Add it: every entry needs English (en), Spanish (es) and Portuguese (pt) text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the &quot;%2&quot; field of &quot;%3&quot; in the &quot;%4&quot; list must be a list of non-empty texts, such as [&quot;a&quot;, &quot;b&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data folder %1 does not exist. Choose the folder that holds countries.json, border_zones.json and taxonomy.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built into Vigia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the country &quot;%2&quot; has the subregion &quot;%3&quot;, which is not in the &quot;subregions&quot; list. Use one of: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the country &quot;%2&quot; belongs to the bloc &quot;%3&quot;, which is not in the &quot;blocs&quot; list. Add the bloc there, or remove it from the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists no countries. Add the codes of the Latin American and Caribbean countries it spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; names the country &quot;%3&quot;, which is not in %4. Use the code of a Latin American or Caribbean country, or list a country outside the region under &quot;external_countries&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists &quot;%3&quot; under &quot;external_countries&quot;, which is not an ISO 3166-1 alpha-2 code. Use two capital letters, such as &quot;US&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists &quot;%3&quot; under &quot;external_countries&quot;, but it is a country of the region. Move it to &quot;countries&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file %1 does not hold a JSON object ({ … }) at the top level. Restore the copy shipped with Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, entry %2 of the &quot;%3&quot; list is not an object ({ … }). Correct it, or restore the copy shipped with Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RefiQdaExport</name>
    <message>
        <source>The codebook has no code, so there is nothing to export for qualitative analysis. Add codes on the Codebook page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder is writable and the disk has room, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia coded narratives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RefiQdaProjectWriter</name>
    <message>
        <source>Could not write the REFI-QDA project %1: %2. Check that the folder is writable and the disk has room, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RegionChart</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) by country, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n country(s) reported in another unit than %1 and are not compared.</source>
        <translation>
            <numerusform>%n country reported in another unit than %1 and is not compared.</numerusform>
            <numerusform>%n countries reported in another unit than %1 and are not compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RekeyStoreDialog</name>
    <message>
        <source>That is not the passphrase of this workspace, so nothing was changed. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia will copy every record into a new store locked with a new random key, check the copy, and put it in the store&apos;s place. The old key will not open the store any more; copies of the workspace made before keep their old key.

It takes a moment for a large store. Meanwhile the records are closed and the sync stops; Vigia opens them again when it is done. Close any other Vigia window and any vigiactl using this workspace first.

Your passphrase stays the same. Type it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RepeatInstanceCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RepeatSection</name>
    <message>
        <source>%1 %2</source>
        <comment>repeat card title: the repeat&apos;s label, the instance number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>button below the cards of a repeat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button on a repeat card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>accessible name: the card&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ReportCommands</name>
    <message>
        <source>&apos;%1&apos; is not a country code: give two letters such as GT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the year of the report with --period YEAR, e.g. --period 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country report of %1 for %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RestoreMark</name>
    <message>
        <source>reading whether this workspace was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note that this workspace was restored from a backup is damaged. Ask your coordinator whether this device sent changes after the backup, then confirm the restore to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noting that this workspace was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirming the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1, so it sends nothing for now: the lost copy of this device may have sent changes after that backup, and sending new ones under the same numbers would give the coordinator two versions of this device&apos;s history. A sync with the hub checks this by itself. Without a hub, ask your coordinator whether they received changes from this device made after that date, then confirm the restore in Settings &gt; Backups. On the command line: vigiactl confirm-restore. Records stay editable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This workspace was restored from a backup taken on %1, and a receipt shows that the lost copy of this device sent %n change(s) after that backup. So it sends nothing: new changes under the same numbers would give the others two versions of this device&apos;s history. Ask your coordinator what to do before confirming the restore in Settings &gt; Backups (vigiactl confirm-restore). Records stay editable meanwhile.</source>
        <translation>
            <numerusform>This workspace was restored from a backup taken on %1, and a receipt shows that the lost copy of this device sent %n change after that backup. So it sends nothing: new changes under the same numbers would give the others two versions of this device&apos;s history. Ask your coordinator what to do before confirming the restore in Settings &gt; Backups (vigiactl confirm-restore). Records stay editable meanwhile.</numerusform>
            <numerusform>This workspace was restored from a backup taken on %1, and a receipt shows that the lost copy of this device sent %n changes after that backup. So it sends nothing: new changes under the same numbers would give the others two versions of this device&apos;s history. Ask your coordinator what to do before confirming the restore in Settings &gt; Backups (vigiactl confirm-restore). Records stay editable meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1, and a receipt shows that the lost copy of this device sent changes after that backup under the same numbers as changes written here since the restore: there are now two versions of this device&apos;s history. So it sends nothing. Ask your coordinator what to do before confirming the restore in Settings &gt; Backups (vigiactl confirm-restore). Records stay editable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RestoredFile</name>
    <message>
        <source>Could not write the restored workspace beside %1 (%2). Free some space and try again; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ReviewBar</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected finalized records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the review state of the selected finalized records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ReviewCommands</name>
    <message>
        <source>&apos;%1&apos; is not a review state: use received, approved, needs-changes or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;review set&apos; needs --state: received, approved, needs-changes or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finalized records in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ReviewStore</name>
    <message>
        <source>reading the record&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record %1 exists. List the records to see their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not finalized: only finalized records are reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator approves, rejects or asks for changes to a record. Edit and finalize record %1 again to send it back for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was created by another researcher: only a coordinator reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the review states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reviewed records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::RoutedImporter</name>
    <message>
        <source>This bundle belongs to the project %1, which this workspace has not joined; nothing was imported. Check that you took the bundles of your own projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) applied</source>
        <translation>
            <numerusform>%n bundle applied</numerusform>
            <numerusform>%n bundles applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for their sender&apos;s approval</source>
        <translation>
            <numerusform>%n waiting for its sender&apos;s approval</numerusform>
            <numerusform>%n waiting for their sender&apos;s approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) accepted</source>
        <translation>
            <numerusform>%n receipt accepted</numerusform>
            <numerusform>%n receipts accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ScreenshotSamples</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ScreenshotWriter</name>
    <message>
        <source>Cannot write the screenshot %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialog for the screenshot %1 did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlock dialog did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Records view is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codebook view is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock screen is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock screen did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data has no finding of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record for the screenshot did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broken form was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project chooser is not shown for a workspace in two projects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SensitiveFieldStore</name>
    <message>
        <source>updating the sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SettingsPage</name>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without activity before Vigia locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia locks itself after this many minutes without use. Ctrl+L locks it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default form language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default form language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language new and opened records show their questions in, independent of the interface language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it aloud to your coordinator when they approve this device: it must match what they see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia %1 — offline-first monitoring of the sexual exploitation of children in Latin America and the Caribbean.
Free software under the GNU General Public License, version 3 (GPL-3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed. From now on, unlock Vigia with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records on this computer are encrypted with a key kept in your keystore. If it may have got out, a new key keeps the old one from opening the store from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;store key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SetupDevicePage</name>
    <message>
        <source>Creating the workspace and its keys. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer and you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator sees this name next to the records you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Ana - laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name and the kind of computer are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Researcher: I record findings in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people are researchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oordinator: I review and merge my team&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SetupLanguagePage</name>
    <message>
        <source>Welcome to Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions set up this computer. It takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia keeps your records on this computer, encrypted, and sends them to your coordinator when you choose. First, pick the language of the interface. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this computer as a ne&amp;w device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a workspace from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SetupPassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It encrypts everything Vigia keeps on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt;, not your coordinator and not the Vigia team. If you forget it, the records on this computer that were not sent yet are lost. Write it down and keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that a lost passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SetupRestorePage</name>
    <message>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia backups (*.vigiabackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup. This takes a while for a large workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer takes the place of the one the backup was made on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase the workspace had when the backup was made. Everything is checked before anything is written; a damaged backup or a wrong passphrase changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SetupWizard</name>
    <message>
        <source>Set up Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was restored. It sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device. Without a hub, ask your coordinator, then confirm it in Settings &gt; Backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (it can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Vigia now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next field to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of the answer with the focus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SignedFile</name>
    <message>
        <source>This file is damaged or is not a Vigia %1 file. Ask for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Vigia %1 file, not a %2 file. Check which file you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of this %1 file does not match its contents: it was altered or damaged. Do not use it; ask for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is far larger than any project file. Check which file you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the folder exists and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubBackup</name>
    <message>
        <source>%1 exists already; nothing was written. Back up into another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the hub database to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the backup as %1 (%2). Check the folder&apos;s free space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its check (%2) and was removed. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubErrors</name>
    <message>
        <source>The hub serves no project with this id; %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubMessages</name>
    <message>
        <source>storing the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not stored; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the project&apos;s receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading who sent the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation with this code exists already; nothing was added. Make a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeeming the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation code is unknown, used already or expired. Ask for a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the join requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubSchema</name>
    <message>
        <source>reading the hub database&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a vigia-hub database; nothing was changed. Give the hub a file of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub database %1 was written by a newer vigia-hub (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the hub id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubStore</name>
    <message>
        <source>The hub database %1 has no valid hub id. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the hub id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project slot with this token exists already; nothing was added. Create the slot with a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a project slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unused project slot has this token; nothing was registered. Each token registers one project: ask the hub&apos;s operator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub already serves a project with this id; nothing was registered. A project registers once, then sends new manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the project&apos;s manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s manifest changed meanwhile (the hub holds version %1, not %2); nothing was replaced. Read the new manifest and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the project&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest on this hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub database holds a device with an unknown role. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the project&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a sign-in challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking a sign-in challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is unknown or has expired; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing expired uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub holds no such bundle for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is %1 bytes, not the %2 announced; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the project&apos;s bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A byte range cannot start or run backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bundle&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range starts at byte %1, past the end of the bundle (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting what the hub holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking the device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubUploads</name>
    <message>
        <source>An upload cannot have a negative length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no such upload (it may have expired); start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the device&apos;s uploads in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the uploaded bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload stands at byte %1, not %2; nothing was saved. Resume from byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bytes go past the upload&apos;s length of %1 bytes; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload&apos;s stored parts do not follow each other; delete the upload and send the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the uploaded bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no such upload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::StoreCommands</name>
    <message>
        <source>Give the store a new encryption key; the old one opens nothing afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the passphrase (the keystore is rewritten with the new key), copies the store under a new random key, checks the copy and puts it in the store&apos;s place. Every record is kept; the old key no longer opens the store. The workspace must be closed in the Vigia app and in any other vigiactl meanwhile. If the change is interrupted, the next time the workspace is opened finishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the key of the store in %1. Every record is kept; the old key no longer opens the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::StoreCopy</name>
    <message>
        <source>counting the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not have 4096-byte pages, so it cannot be copied under a new key. Nothing was changed; ask for help to convert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the store %1 could not be written to the disk. Nothing was changed; free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::StoreEncryption</name>
    <message>
        <source>The store in %1 could not be encrypted (%2). Nothing was lost: the plain store is still in place. Free some disk space and open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secure memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted copy did not check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted copy could not take the store&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::StoreRekey</name>
    <message>
        <source>The copy of the store in %1 under its new key did not check out. Nothing was changed: the store keeps its current key. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 could not be replaced by its copy under the new key. Nothing was lost: the keystore holds both keys. Check the disk, then open the workspace again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Vigia workspace in %1. Check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 does not open with its key, so its key cannot be changed. Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough protected memory for the new key. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::StreamCursors</name>
    <message>
        <source>reading what each member already holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the exported changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking changes as received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::StreamMigration</name>
    <message>
        <source>moving the project-wide changes to their stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SyncCommands</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) (%1 change(s)).</source>
        <translation>
            <numerusform>Sent %n bundle (%1 change(s)).</numerusform>
            <numerusform>Sent %n bundles (%1 change(s)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n bundle(s).</source>
        <translation>
            <numerusform>Received %n bundle.</numerusform>
            <numerusform>Received %n bundles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A coordinator confirmed %n change(s).</source>
        <translation>
            <numerusform>A coordinator confirmed %n change.</numerusform>
            <numerusform>A coordinator confirmed %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n receipt(s) to the hub.</source>
        <translation>
            <numerusform>Sent %n receipt to the hub.</numerusform>
            <numerusform>Sent %n receipts to the hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) wait in quarantine for their sender&apos;s approval.</source>
        <translation>
            <numerusform>%n bundle waits in quarantine for its sender&apos;s approval.</numerusform>
            <numerusform>%n bundles wait in quarantine for their sender&apos;s approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s manifest was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the hub&apos;s. Set the right time: records carry this clock&apos;s dates.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute off the hub&apos;s. Set the right time: records carry this clock&apos;s dates.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes off the hub&apos;s. Set the right time: records carry this clock&apos;s dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the hub and fetch what is addressed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass (--once, the default): the project&apos;s manifest both ways, the changes not yet sent as bundles (uploads resume where a cut left them), the bundles and receipts addressed to this device, and on a coordinator the receipts for what it applied. --watch keeps syncing as the app does: on a timer, backing off while the hub cannot be reached. --hub sets the hub&apos;s address for this workspace; --pin trusts a self-hosted hub&apos;s certificate by its SHA-256 (64 hexadecimal digits). Exits with 1 and the reason when the hub cannot be reached or refuses, and with 4 while this device waits for the coordinator&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass, then exit (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep syncing until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub certificate&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token TOKEN [--hub URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this coordinator&apos;s project on a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the project&apos;s manifest with the one-time token the hub&apos;s administrator printed (vigia-hub project create). The hub pins the project key: from then on it accepts only manifests signed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s one-time project token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--days N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an invitation code for a new member, kept on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a code of 21 characters to read out to the new member, who joins with project join --hub URL --code CODE. The hub keeps only the code&apos;s hash and the signed invitation; the code works once, for N days (7 by default, at most 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the code works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the join requests waiting on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows each new member&apos;s device id, name, role and fingerprint. Compare the fingerprint with the person before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE [--role ROLE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a join request waiting on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the device to the project&apos;s manifest with the role (researcher by default), signs it and publishes it on the hub; the new member&apos;s next sync fetches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>researcher or coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --once or --watch, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the project and sent the join request. Read this device&apos;s fingerprint to your coordinator; once they approve it, vigiactl sync (or the app) starts syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;project register&apos; needs --token TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is registered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invitation code: %1 (works once, for %n day(s)).</source>
        <translation>
            <numerusform>Invitation code: %1 (works once, for %n day).</numerusform>
            <numerusform>Invitation code: %1 (works once, for %n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>No join request is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; manifest version %1 is on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--once | --watch] [--hub URL] [--pin HASH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hub&apos;s address with --hub URL, such as https://hub.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub holds nothing from this device newer than the backup it was restored from: it sends its changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this workspace&apos;s projects names a hub. Give one project&apos;s hub with &apos;vigiactl --project PROJECT sync --hub URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sync of %n project(s) failed; see the messages above.</source>
        <translation>
            <numerusform>The sync of %n project failed; see the messages above.</numerusform>
            <numerusform>The sync of %n projects failed; see the messages above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::SyncLogList</name>
    <message>
        <source>Recent syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SyncPage</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this device not yet acknowledged by a receipt.</source>
        <translation>
            <numerusform>%n change of this device not yet acknowledged by a receipt.</numerusform>
            <numerusform>%n changes of this device not yet acknowledged by a receipt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no bundles (*.vigiabundle) there. Choose the folder or the files your colleagues exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bundle(s) were refused; the list says why. Nothing of a refused bundle was imported.</source>
        <translation>
            <numerusform>%1 of %n bundle was refused; the list says why. Nothing of a refused bundle was imported.</numerusform>
            <numerusform>%1 of %n bundles were refused; the list says why. Nothing of a refused bundle was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s); the list shows each result.</source>
        <translation>
            <numerusform>Imported %n bundle; the list shows each result.</numerusform>
            <numerusform>Imported %n bundles; the list shows each result.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigia bundles (*.vigiabundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles from folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invitation file from your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this match what your coordinator reads to you? Join only if every group matches: anyone can write an invitation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, it matches: join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint matches: join the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your request to the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this device&apos;s join request to the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the approval file from your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your finalized records and codings on the USB stick for your coordinator. Then load the receipt they give back: it tells this device what arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your &amp;findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your findings to a folder, such as a USB stick, for the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a receipt from the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load bundles from the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring researchers into the project and collect their findings on a USB stick, one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your findings to your coordinator on a USB stick, one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator gave you. Before anything changes, Vigia shows the project&apos;s fingerprint and asks whether it matches what your coordinator reads to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator approved your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your request to the USB stick and give it to your coordinator. When they call, read them this device&apos;s fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is approved. Load each new approval your coordinator gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the approval file your coordinator gives back after accepting your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the project first (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the project first (step 1): open the invitation file from your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the approval from your coordinator first (step 3): until then, nobody would accept what this device sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the coordinator who created the project can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the project %1. Keep this workspace and its passphrase safe: it holds the project key. Next, save an invitation (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the invitation to %1. Give it to the researcher and read them the project&apos;s fingerprint by phone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1. Now save the approval and give it to every member of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the project? Only the changes this computer has already received from it stay valid; anything else it sends, whatever its date, will be refused. Save the approval again afterwards and give it to every member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. Save the approval again and give it to every member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the approval to %1. Give it to every member of the project: it tells their devices who belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1. Next, save your request to the USB stick (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Join once the fingerprint matches what your coordinator reads to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your request to %1. Give it to your coordinator and read them this device&apos;s fingerprint by phone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval is not newer than the one already loaded; nothing was changed. Ask your coordinator for their newest approval file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(waiting bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s file, but it does not approve this device yet. Ask your coordinator to approve your request, then load the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator approved this device. You can now send your findings (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s newer approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for their sender&apos;s approval were imported.</source>
        <translation>
            <numerusform>%n bundle waiting for its sender&apos;s approval was imported.</numerusform>
            <numerusform>%n bundles waiting for their sender&apos;s approval were imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send. Drafts stay on this computer until you finalize them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved this device&apos;s starting data to %1; it holds no records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 on the USB stick: %2. They show as waiting for the coordinator&apos;s receipt until it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put %1 on the USB stick in %n files in %2; give all of them to your coordinator.</source>
        <translation>
            <numerusform>Put %1 on the USB stick in %n file in %2; give it to your coordinator.</numerusform>
            <numerusform>Put %1 on the USB stick in %n files in %2; give all of them to your coordinator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the receipt to %1. Give it to the researchers: it tells their devices which records arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s receipt. Received by the coordinator: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the USB stick or a folder on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jo&amp;in with a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join through the hub with the code your coordinator reads to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1. The approval arrives by itself with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send yet: this computer is the only device in the project. Its changes stay here and go to each device you approve, in its first bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a further project through its hub, beside the one this workspace is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already belongs to a project; nothing was changed. To join another project as well, use &quot;Join another project with a code&quot; on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1 beside this workspace&apos;s other projects. Next, save your request to the USB stick (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join another pro&amp;ject with a code…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SyncPass</name>
    <message>
        <source>The project names no hub. Set one with &apos;vigiactl sync --hub URL&apos; or in the Sync view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refuses this device (%1). It may have been revoked or blocked; ask your coordinator. Automatic sync stops until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the coordinator to approve this device. Tell them this device&apos;s fingerprint; syncing starts by itself once they approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refuses this device: %1 It may not be approved yet, or it was revoked or blocked; ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not hand over the project&apos;s manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s manifest of this project is not signed by the project&apos;s key (%1). Nothing was changed; tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not take the project&apos;s new manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not list the bundles for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not list the receipts for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not take this device&apos;s receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not list this device&apos;s bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This backup is older than what this device already sent: the hub holds %n bundle(s) from this device that this restored workspace never made, so nothing was sent. Ask your coordinator what to do before confirming the restore; changes made here since the restore would clash with those. Records stay editable meanwhile.</source>
        <translation>
            <numerusform>This backup is older than what this device already sent: the hub holds %n bundle from this device that this restored workspace never made, so nothing was sent. Ask your coordinator what to do before confirming the restore; changes made here since the restore would clash with it. Records stay editable meanwhile.</numerusform>
            <numerusform>This backup is older than what this device already sent: the hub holds %n bundles from this device that this restored workspace never made, so nothing was sent. Ask your coordinator what to do before confirming the restore; changes made here since the restore would clash with those. Records stay editable meanwhile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::SyncStatusIndicator</name>
    <message>
        <source>Sync with the hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SyncStatusText</name>
    <message>
        <source>Sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <comment>percent of the upload done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator has not approved this device yet. Syncing starts by itself once they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sync is off. Turn it on, or use Sync now, on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the hub. Vigia tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Vigia tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a state, then a detail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to send</source>
        <comment>e.g. 12 records to send</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your changes to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes from the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sync is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) fast. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute fast. Set the right time in the system settings: Vigia dates your records with it.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes fast. Set the right time in the system settings: Vigia dates your records with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) slow. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute slow. Set the right time in the system settings: Vigia dates your records with it.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes slow. Set the right time in the system settings: Vigia dates your records with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) fast. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n hour fast. Set the right time in the system settings: Vigia dates your records with it.</numerusform>
            <numerusform>This computer&apos;s clock is %n hours fast. Set the right time in the system settings: Vigia dates your records with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) slow. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n hour slow. Set the right time in the system settings: Vigia dates your records with it.</numerusform>
            <numerusform>This computer&apos;s clock is %n hours slow. Set the right time in the system settings: Vigia dates your records with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · failed: %2</source>
        <comment>when, then why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) sent</source>
        <translation>
            <numerusform>%n bundle sent</numerusform>
            <numerusform>%n bundles sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>%n bundle received</numerusform>
            <numerusform>%n bundles received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>when, then what a sync did</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SyncStep</name>
    <message>
        <source>✓</source>
        <comment>the mark of a finished step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>the number of a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bundle in a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::SyncStore</name>
    <message>
        <source>reading the sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the changes already on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a bundle for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bundles waiting for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the state of an upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a bundle the hub holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the bundles sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bundles to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the receipts sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading which bundles this device made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::TargetCommands</name>
    <message>
        <source>No targets yet. A coordinator sets them with &apos;vigiactl targets set&apos; or &apos;vigiactl targets import FILE.csv&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREAKDOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;targets set&apos; needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline, --baseline-year and --target take numbers written with a dot, such as 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a target id. &apos;vigiactl targets list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n target(s).</source>
        <translation>
            <numerusform>Imported %n target.</numerusform>
            <numerusform>Imported %n targets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::TargetCsv</name>
    <message>
        <source>&apos;%1&apos; is not a milestone: write DATE=VALUE, such as 2025-12-31=150.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row lacks the column(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline, baseline_year and target must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::TargetDialog</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency (ISO 4217 code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every milestone needs a date written YYYY-MM-DD and a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::TargetStore</name>
    <message>
        <source>The country must be a two-letter code such as GT, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator of the indicator report. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 is a budget: its unit is the ISO 4217 code of its currency, such as USD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 is measured in %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 has no breakdown &quot;%2&quot;. Leave it empty for the total, or write dimension=category, one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline and the target need numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline year must be a year such as 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target needs a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date must come after the baseline year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every milestone needs a date (YYYY-MM-DD) and a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones must fall between the baseline year and the target date, each on a later date than the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator sets targets; on a researcher&apos;s device they are read only. Ask the national coordinator to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target %1 exists. List the targets to see their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::TargetsModel</name>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the target for %1 in %2 (%3)? A coordinator can set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator can add, edit or delete targets; as a researcher you can read them and their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets yet. A coordinator adds them here, or with vigiactl targets set or vigiactl targets import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::TerminalConfirm</name>
    <message>
        <source>yes</source>
        <extracomment>The word a person types to confirm at a terminal prompt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Transaction</name>
    <message>
        <source>starting a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::TusUpload</name>
    <message>
        <source>The hub did not accept a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub started an upload without saying where. Check that the address is a Vigia hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not take part of a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not say how far an upload got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer to an upload had no valid sequence number. Check the hub&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub keeps losing an upload. Try again later; if it goes on, tell the hub&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::UnlockDialog</name>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Vigia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open the workspace in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::UnsentWorkLabel</name>
    <message>
        <source>Open the Sync page to send your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Sync page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::WalBatchVfs</name>
    <message>
        <source>The store&apos;s file layer could not start (SQLite refused it). Reinstall Vigia.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::WorkCountText</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n codebook change(s)</source>
        <translation>
            <numerusform>%n codebook change</numerusform>
            <numerusform>%n codebook changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counts, e.g. 3 records and 5 codings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not yet sent</source>
        <comment>e.g. 3 records and 5 codings not yet sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on their way, waiting for the coordinator&apos;s receipt</source>
        <comment>exported to a stick or bundled for the hub</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::Workspace</name>
    <message>
        <source>The device needs a name, for example &quot;Ana - laptop&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least 8 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace already exists in %1. Open it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds a store without a keystore. Move it away or choose another folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the device identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Vigia workspace in %1. Create one first (vigiactl init, or start the Vigia app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 does not belong to this keystore. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore in %1 was replaced by another device&apos;s. Close Vigia and restore the workspace folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore in %1 names the unknown role &apos;%2&apos;. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose a different passphrase; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has not joined the project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 belongs to another device or project. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project id has 16 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already joined this project; nothing was changed. Choose it with --project or in the navigation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first project&apos;s store is never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the folder %1. Delete it by hand; it holds nothing of the other projects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceBackup</name>
    <message>
        <source>The copy of the store did not check out (%1), so no backup was written. The store itself may be damaged: run &apos;vigiactl oplog verify&apos;, or ask your coordinator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store in %1 to back up. Check the workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (%2), so no backup was written. Check that your user may read the workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Vigia. Update Vigia to restore it; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store of %1 is not encrypted yet. Open the workspace once with this version of Vigia, then back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup a file name, such as vigia-backup.vigiabackup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that does, such as a USB stick that is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the keystore of %1 (%2), so no backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (%2), so no backup was written. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not name the backup %1 (%2). Choose another place; no backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file. Restore into an empty or new folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Restore into an empty or new folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this backup. Type the passphrase the workspace had when the backup was made, and check the keyboard layout and Caps Lock. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceLock</name>
    <message>
        <source>Could not open the workspace folder %1 (%2). Check that it exists and that your user may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file system of %1 cannot lock files, so the store&apos;s key cannot be changed safely there. Nothing was changed; move the workspace to a local disk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace in %1 is open in another program (the Vigia app, or another vigiactl). Close it, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s key of the workspace in %1 is being changed by another program. Wait until it is done, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceProjectCommands</name>
    <message>
        <source>List the projects this workspace joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists each project this workspace created or joined, with its id, name, country and this device&apos;s role in it; &apos;*&apos; marks the current one, which the other commands use unless --project names another. Each project keeps its own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceProjects</name>
    <message>
        <source>&apos;%1&apos; is the start of several projects&apos; ids: %2. Give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several projects are called &apos;%1&apos;: %2. Give the project&apos;s id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet. Join one with &apos;vigiactl project join INVITATION&apos;, or create one with &apos;vigiactl project create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no project &apos;%1&apos;. Its projects: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has not joined the project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already joined the project %1 (%2); nothing was changed. Work in it with --project %2, or choose it in the app&apos;s navigation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsFormHeader</name>
    <message>
        <source>%1 sheet: the column &apos;%2&apos; appears twice (columns %3 and %4); delete or rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsFormIgnored</name>
    <message>
        <source>settings, column %1: Vigia does not send submissions to a server, so this setting has no effect; it is kept with the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey row %1, column parameters: Vigia ignores %2; the question works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey row %1, column trigger: Vigia ignores trigger; a calculation is worked out again whenever a field it reads changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey row %1, column save_to: Vigia has no entities; the answer is kept in the record only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey row %1: the appearance &apos;%2&apos; is ignored; Vigia shows the question its own way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey rows %1: the appearance &apos;%2&apos; is ignored; Vigia shows the questions its own way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsFormImporter</name>
    <message>
        <source>%1 is an old .xls workbook, which Vigia cannot read. Open it in a spreadsheet program, save it as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice has no %1; fill it in or delete the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no; write yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no survey sheet, so it is not an XLSForm. Add a sheet called survey with the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey sheet needs a type and a name column; add them to its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: the row has no type and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no matching begin row; delete it or add the begin row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; closes &apos;%2&apos;, begun at row %3; make them match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; see docs/form-format.md for the types Vigia knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type; only selects name a choice list after the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a choice list, as in &apos;%1 yes_no&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: &apos;%3&apos; (%4) cannot be collected on the desktop; the row is kept but not collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: the loop &apos;%3&apos; was imported as a group; Vigia has no loops, so use a repeat instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed; add an &apos;end %2&apos; row after its last question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities sheet: Vigia has no entities, so the sheet is ignored; the form works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: the form has no version, so Vigia gave it the version %1, taken from its content: importing the same form again changes nothing and a changed form gets a new version. To number versions yourself, add a version column to the settings sheet, with a value such as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet needs a list_name and a name column; add them to its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is not in %2; put it there, or import without a folder of choice files (without --attach) to keep the row without collecting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsxExporter</name>
    <message>
        <source>Could not write the workbook %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the sheet %1 to the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows; export this form as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsxPackage</name>
    <message>
        <source>%1 does not exist. Check the file name and folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for a workbook. Remove sheets or images the form does not need, save it again, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that you may read the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in a spreadsheet program, remove the password, save it as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 (.xls) workbook. Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 files, more than the limit of %3 for a workbook. Copy the form&apos;s sheets into a new workbook, then import that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part cannot be found in the zip directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is not well-formed at line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2, in its part %3. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document type declaration is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 MiB, the limit for one part. Remove rows, sheets or images the form does not need, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 times its compressed size, beyond the compression ratio limit of %3:1 that protects against zip bombs. Open the workbook in a spreadsheet program, save it again as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: its parts unpack to more than %2 MiB together, the limit for a workbook. Remove sheets or images the form does not need, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not an .xlsx workbook: it cannot be read as a zip archive. Open it in a spreadsheet program and save it as .xlsx, then import again; if it was copied or downloaded, copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsxSharedStrings</name>
    <message>
        <source>%1 cannot be imported: %2 holds more than %3 different texts, the limit for a workbook. Remove sheets the form does not need, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: text number %2 in %3 is %4 characters long, more than the limit of %5 for one cell. Shorten it, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsxSheetParser</name>
    <message>
        <source>the row number %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: the sheet &quot;%2&quot; (%3) has more than %4 rows with values, the limit for one sheet. Delete the rows the form does not need, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: the sheet &quot;%2&quot; (%3) has a value in cell %4, beyond the limit of %5 columns for one sheet. Delete the columns the form does not need, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: cell %2 of the sheet &quot;%3&quot; (%4) holds %5 characters, more than the limit of %6 for one cell. Shorten it, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 refers to shared text number %2, but there are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 should hold TRUE or FALSE but holds &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 should hold a number but holds &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the sheet &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: up to cell %4, the sheet &quot;%2&quot; (%3) holds more than %5 cells with values, the limit for one sheet. Delete the rows and columns the form does not need, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsxWorkbook</name>
    <message>
        <source>%1 is damaged: its part %2, which says where the sheets are, is missing. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; points to %3, which %4 does not list. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; should be in its part %3, which is missing. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel binary (.xlsb) workbook. Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not an Excel workbook: it has no workbook part (%2). Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are: %3. Rename the sheet or add it, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigia::XlsxWriterLibrary</name>
    <message>
        <source>XLSX files cannot be written: the libxlsxwriter library is missing (install libxlsxwriter4). Export as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
