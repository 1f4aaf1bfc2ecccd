#pragma once

#include "network/portchecker.h"

#include <QPointer>
#include <QWidget>

class AddressPanel;
class LocalAddressModel;
class PortCheckModel;
class PortCheckPanel;
class QLabel;

// Exercise 4, a classmate's machine: this machine's addresses (what the classmate types) and
// the port check (is the classmate's server port open?), wired to a PortChecker on the
// network thread.
class NetworkToolsPage : public QWidget
{
    Q_OBJECT
public:
    NetworkToolsPage(PortChecker *checker, QWidget *parent = nullptr);

    // The tab's title, also while the page is not built yet.
    static QString title();
    AddressPanel *addressPanel() const { return m_addressPanel; }
    PortCheckPanel *portCheckPanel() const { return m_portCheckPanel; }
    PortCheckModel *portCheckModel() const { return m_results; }
    LocalAddressModel *addressModel() const { return m_addresses; }

Q_SIGNALS:
    // A port check ended (not cancelled); anyOpen: some port answered.
    void portCheckFinished(bool anyOpen);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshAddresses();
    void startCheck(const PortCheckRequest &request);
    void onFinished(bool cancelled);
    void retranslate();

    QPointer<PortChecker> m_checker;
    LocalAddressModel *m_addresses;
    PortCheckModel *m_results;
    QLabel *m_heading;
    QLabel *m_steps;
    AddressPanel *m_addressPanel;
    PortCheckPanel *m_portCheckPanel;
    PortCheckRequest m_request;
    QHostAddress m_checking;
};
