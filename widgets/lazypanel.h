#pragma once

#include <QWidget>

// A panel that sits in a tab usually not on screen: its contents are built when it is first
// shown, or first asked for, so that nothing is built for a tab nobody opens.
class LazyPanel : public QWidget
{
    Q_OBJECT
public:
    bool isBuilt() const { return m_built; }

protected:
    explicit LazyPanel(QWidget *parent = nullptr);

    // Builds the contents now, once.
    void ensureBuilt();
    virtual void build() = 0;
    // The texts in the current language; called on a language change once built.
    virtual void retranslate() = 0;

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool m_built = false;
};
