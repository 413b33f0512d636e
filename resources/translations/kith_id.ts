<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/kith/smoke.py" line="+139"/>
        <location filename="../../desktop/kith/ui/i18n.py" line="+41"/>
        <source>Same as the system</source>
        <translation>Ikuti bahasa sistem</translation>
    </message>
</context>
</TS>
